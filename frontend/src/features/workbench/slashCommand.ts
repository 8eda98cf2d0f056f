import type { CannedReply } from '../../api/cannedReplies';

export interface SlashQuery {
  /** Index of the "/" in the text. */
  start: number;
  query: string;
}

/** The "/title" being typed just before the cursor, at the start of the text or after a space. */
export function slashQuery(text: string, cursor: number): SlashQuery | null {
  const match = /(?:^|\s)\/([^\s/]*)$/.exec(text.slice(0, cursor));
  return match ? { start: cursor - match[1].length - 1, query: match[1] } : null;
}

/** Replies whose title contains the query; titles starting with it first. */
export function matchReplies(replies: CannedReply[], query: string): CannedReply[] {
  const needle = query.toLowerCase();
  const position = (reply: CannedReply) => reply.title.toLowerCase().indexOf(needle);
  return replies
    .filter((reply) => position(reply) >= 0)
    .sort((a, b) => Number(position(a) > 0) - Number(position(b) > 0));
}

/** Replaces text[start, end) with `insert`; returns the new text and the cursor after the insertion. */
export function splice(
  text: string,
  start: number,
  end: number,
  insert: string,
): { text: string; cursor: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), cursor: start + insert.length };
}
