import { ApiError } from '../api/client';
import type { Translate } from './I18nProvider';

/** The server's message when it sent one, otherwise a translated fallback. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return error.message || t('error.status', { status: error.status });
  return t('error.network');
}
