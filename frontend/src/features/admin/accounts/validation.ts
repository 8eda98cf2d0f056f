import type { NewAccount } from '../../../api/accounts';
import type { MessageKey } from '../../../i18n/messages';

export type AccountField = keyof NewAccount;

const PATTERNS: Record<Exclude<AccountField, 'name'>, RegExp> = {
  originalId: /^gh_[0-9a-f]{12}$/,
  appId: /^wx[0-9a-f]{16}$/,
  appSecret: /^[0-9a-f]{32}$/,
  token: /^[A-Za-z0-9]{3,32}$/,
  encodingAesKey: /^[A-Za-z0-9+/]{43}$/,
};

const NAME_MAX_LENGTH = 64;

/** Mirrors the server's rules; returns the message key of the problem, or null when the value is valid. */
export function validateField(field: AccountField, value: string): MessageKey | null {
  if (field === 'name') {
    if (value.trim().length === 0) return 'validation.name.required';
    return value.length > NAME_MAX_LENGTH ? 'validation.name.tooLong' : null;
  }
  return PATTERNS[field].test(value) ? null : `validation.${field}`;
}

export function validateFields(
  values: Partial<Record<AccountField, string>>,
  fields: AccountField[],
): Partial<Record<AccountField, MessageKey>> {
  const errors: Partial<Record<AccountField, MessageKey>> = {};
  for (const field of fields) {
    const error = validateField(field, values[field] ?? '');
    if (error) errors[field] = error;
  }
  return errors;
}

/** Spaces in credentials come from sloppy pasting; only the name may contain them. */
export function withoutSpaces(value: string | undefined): string {
  return (value ?? '').replace(/\s/g, '');
}

/** An antd Form rule that checks a field as the server will; `optional` lets an empty value through. */
export function accountRule(field: AccountField, word: (key: MessageKey) => string, optional = false) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      if (optional && !value) return Promise.resolve();
      const problem = validateField(field, value ?? '');
      return problem ? Promise.reject(new Error(word(problem))) : Promise.resolve();
    },
  };
}
