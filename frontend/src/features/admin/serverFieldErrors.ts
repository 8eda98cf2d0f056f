import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';

/** A server field path as an antd name path: "entries[1].entries[0].label" → ['entries', 1, 'entries', 0, 'label']. */
export function namePathOf(path: string): (string | number)[] {
  return path
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's per-field messages on the antd form's fields (through `nameOf`, for fields the form
 * names otherwise) and answers the failure no field explains, for an Alert; null when every part was shown.
 */
export function showServerErrors<T>(
  form: FormInstance<T>,
  failure: unknown,
  nameOf: (path: string) => (string | number)[] = namePathOf,
): unknown {
  if (!(failure instanceof ApiError)) return failure;
  const fields = Object.entries(failure.fields);
  form.setFields(fields.map(([path, message]) => ({ name: nameOf(path) as never, errors: [message] })));
  return fields.length > 0 ? null : failure;
}
