/** WeChat's user-tag limits, checked in the browser so that the agent learns them before saving. */
export const TAG_NAME_BYTES = 30;
export const TAGS_PER_FAN = 20;

export type TagError = 'empty' | 'tooLong' | 'tooMany' | 'duplicate';

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The fan's tags with {@code name} added, or why it cannot be added. */
export function addTag(tags: string[], name: string): { tags: string[] } | { error: TagError } {
  const trimmed = name.trim();
  if (trimmed === '') return { error: 'empty' };
  if (utf8Bytes(trimmed) > TAG_NAME_BYTES) return { error: 'tooLong' };
  if (tags.includes(trimmed)) return { error: 'duplicate' };
  if (tags.length >= TAGS_PER_FAN) return { error: 'tooMany' };
  return { tags: [...tags, trimmed] };
}

/** Catalogue names the fan does not have yet, those containing the typed text first. */
export function suggestions(catalogue: string[], tags: string[], typed: string): string[] {
  const text = typed.trim().toLowerCase();
  const available = catalogue.filter((name) => !tags.includes(name));
  if (text === '') return available;
  return available.filter((name) => name.toLowerCase().includes(text));
}
