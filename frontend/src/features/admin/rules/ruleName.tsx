import type { Translate } from '../../../i18n/I18nProvider';
import { messages, type MessageKey } from '../../../i18n/messages';

/**
 * A rule's name in the UI's language. Rules are named in English in the DRL (tests and logs name
 * them); those the desk ships are worded, one an admin wrote keeps its own name.
 */
export function ruleName(name: string, t: Translate): string {
  const key = `rules.name.${name}`;
  return key in messages['zh-CN'] ? t(key as MessageKey) : name;
}

/** The worded name, quoted, with the DRL's own name on hover for finding the rule in the editor. */
export function RuleName({ name, t }: { name: string; t: Translate }) {
  return <q title={name}>{ruleName(name, t)}</q>;
}
