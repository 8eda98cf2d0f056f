/** The workbench with one conversation selected: how other screens hand a conversation over. */
export function workbenchPathFor(conversationId: number): string {
  return `/workbench/${conversationId}`;
}

/** The conversation named in a workbench path, or null for the plain workbench. */
export function conversationInPath(path: string): number | null {
  const match = /^\/workbench\/(\d+)$/.exec(path);
  return match ? Number(match[1]) : null;
}
