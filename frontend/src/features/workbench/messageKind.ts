import type { Translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

const KIND_LABELS: Record<string, MessageKey> = {
  IMAGE: 'kind.IMAGE',
  VOICE: 'kind.VOICE',
  VIDEO: 'kind.VIDEO',
  LOCATION: 'kind.LOCATION',
  LINK: 'kind.LINK',
  CLICK: 'kind.CLICK',
  RATING: 'kind.RATING',
  TEMPLATE: 'kind.TEMPLATE',
  UNSUPPORTED: 'kind.UNSUPPORTED',
};

/** A line that is not text, by its kind: 图片, 语音, … */
export function kindLabel(kind: string, t: Translate): string {
  const key = KIND_LABELS[kind];
  return key ? t(key) : t('kind.other', { kind });
}
