import { ApiError } from '../api/client';
import type { Translate } from './I18nProvider';

/** The server's error worded in the UI's language, otherwise a translated fallback. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return error.message || t('error.status', { status: error.status });
  return t('error.network');
}

/** The error and each field's error, for screens that do not show them field by field, e.g. a chat input. */
export function errorTextWithFields(error: unknown, t: Translate): string {
  const fields = error instanceof ApiError ? Object.values(error.fields) : [];
  return [errorText(error, t), ...fields].join(' ');
}
