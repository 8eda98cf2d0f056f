import type { Lang } from '../../i18n/messages';

/** "14:05" for today, with the date for any other day. */
export function formatTime(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = new Date(iso);
  const today = date.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = today
    ? { timeStyle: 'short' }
    : { dateStyle: 'short', timeStyle: 'short' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}
