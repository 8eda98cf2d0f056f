import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client';

/** Puts the server's per-field messages beside the fields they name; true when there were any. */
export function showServerErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = Object.entries(error.fields);
  form.setFields(fields.map(([name, message]) => ({ name, errors: [message] })));
  return fields.length > 0;
}
