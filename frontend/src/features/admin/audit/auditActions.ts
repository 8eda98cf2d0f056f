import type { MessageKey } from '../../../i18n/messages';

/** Every action the backend records (grep `audit.record("`), each with a readable label. */
const KNOWN_ACTIONS = [
  'account.bind',
  'account.rotate-key',
  'account.h5-authorization',
  'account.domain-verification',
  'account.remove-previous-key',
  'account.kf-accounts',
  'account-routing.update',
  'agent.profile',
  'custom-menu.publish',
  'customer.update',
  'flow-settings.update',
  'navigation.create',
  'navigation.update',
  'navigation.delete',
  'process.deploy',
  'queue.create',
  'queue.update',
  'queue.delete',
  'rule-set.upload',
  'rule-set.activate',
  'user.create',
  'user.update',
  'user.avatar',
  'user.password-reset',
] as const;

type KnownAction = (typeof KNOWN_ACTIONS)[number];

function isKnown(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

/**
 * The label of an action, or null for one this screen does not know yet (a newer backend), which is
 * then shown by its raw name rather than hidden.
 */
export function actionLabelKey(action: string): MessageKey | null {
  return isKnown(action) ? (`ac.audit.action.${action}` as MessageKey) : null;
}
