export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; url: string };

// Chinese text runs straight on after a link, so full-width punctuation ends one as whitespace does.
const URL_PATTERN = /https?:\/\/[^\s<>"'，。！？；：、（）【】《》“”‘’]+/g;
/** Sentence punctuation that follows a link more often than it belongs to it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/**
 * The text cut into plain runs and web links: WeChat's app makes links in messages tappable, and the
 * desk's texts rely on it, e.g. the rating invitation the H5 page gets instead of a template message.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plainFrom = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (match.index > plainFrom) parts.push({ kind: 'text', text: text.slice(plainFrom, match.index) });
    parts.push({ kind: 'link', url });
    plainFrom = match.index + url.length;
  }
  if (plainFrom < text.length) parts.push({ kind: 'text', text: text.slice(plainFrom) });
  return parts;
}
