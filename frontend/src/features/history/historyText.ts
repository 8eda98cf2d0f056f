import type { HistoryItem } from '../../api/history';
import { inDeskZone } from '../../i18n/deskTimeZone';
import type { Translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

export function timeText(at?: string | null): string {
  return at ? inDeskZone(at).format('YYYY/M/D HH:mm:ss') : '—';
}

export function statusText(t: Translate, status: HistoryItem['status']): string {
  return t(`history.status.${status}` as MessageKey);
}

/** The rating that counts (the visitor's last), with whether the problem was solved when asked. */
export function ratingText(t: Translate, item: Pick<HistoryItem, 'rating' | 'solved'>): string {
  if (item.rating == null) return t('history.noRating');
  const rating = t('history.rating', { rating: item.rating });
  if (item.solved == null) return rating;
  return `${rating} · ${t(item.solved ? 'history.solved' : 'history.unsolved')}`;
}
