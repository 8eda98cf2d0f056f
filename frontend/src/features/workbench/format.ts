import { deskTimeZone } from '../../i18n/deskTimeZone';
import type { Lang } from '../../i18n/messages';

/** "14:05" for today, with the date for any other day; both in the desk's zone. */
export function formatTime(iso: string, lang: Lang, now: Date = new Date()): string {
  const timeZone = deskTimeZone();
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
  const date = new Date(iso);
  const today = day.format(date) === day.format(now);
  const options: Intl.DateTimeFormatOptions = today
    ? { timeZone, timeStyle: 'short' }
    : { timeZone, dateStyle: 'short', timeStyle: 'short' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}
