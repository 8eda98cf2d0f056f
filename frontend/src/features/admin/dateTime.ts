import { inDeskZone } from '../../i18n/deskTimeZone';
import { useI18n } from '../../i18n/I18nProvider';
import type { Lang } from '../../i18n/messages';

/** One way to write a moment on every admin screen, in the way the language writes dates, in the desk's zone. */
const DATE_TIME_FORMAT: Record<Lang, string> = {
  'zh-CN': 'YYYY/M/D HH:mm:ss',
  en: 'D MMM YYYY, HH:mm:ss',
};

export function formatDateTime(iso: string, lang: Lang): string {
  return inDeskZone(iso).format(DATE_TIME_FORMAT[lang]);
}

/** {@link formatDateTime} in the UI's current language. */
export function useDateTime(): (iso: string) => string {
  const { lang } = useI18n();
  return (iso) => formatDateTime(iso, lang);
}
