import type { Translate } from '../../../i18n/I18nProvider';
import { messages, type MessageKey } from '../../../i18n/messages';

function known(key: string): key is MessageKey {
  return key in messages['zh-CN'];
}

/**
 * A field's label: the flow settings' own labels for their fields, the audit's for the rest; a field
 * this screen does not know yet (a newer backend) keeps its raw name.
 */
function fieldLabel(name: string, t: Translate): string {
  for (const key of [`ac.flow.${name}`, `ac.audit.field.${name}`]) {
    if (known(key)) return t(key);
  }
  return name;
}

/** A diff path such as `robotAnswers[0].keywords[1]` in words: 关键词回复 › 第 1 项 › 关键词 › 第 2 项. */
export function auditPathLabel(path: string, t: Translate): string {
  return path
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((segment) => {
      const index = /^\[(\d+)\]$/.exec(segment);
      return index ? t('ac.audit.item', { n: Number(index[1]) + 1 }) : fieldLabel(segment, t);
    })
    .join(' › ');
}

/** Values worth wording: roles, statuses, strategies and yes/no; anything else as recorded. */
const VALUE_KEYS: Record<string, string> = {
  role: 'ac.agents.role.',
  status: 'ac.agents.status.',
  strategy: 'ac.queues.strategy.',
};

export function auditValueText(path: string, value: string, t: Translate): string {
  if (value === 'true') return t('ac.audit.yes');
  if (value === 'false') return t('ac.audit.no');
  const field = path.split(/\.|(?=\[)/).pop() ?? '';
  const key = `${VALUE_KEYS[field] ?? ''}${value}`;
  return VALUE_KEYS[field] && known(key) ? t(key) : value;
}
