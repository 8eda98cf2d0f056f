import type { QueueChange } from '../../../api/queues';
import type { MessageKey } from '../../../i18n/messages';

export const QUEUE_NAME_MAX = 64;
export const SKILL_MAX = 32;

/** The server's rules for a queue: field name → message key. */
export function validateQueue(queue: QueueChange): Partial<Record<keyof QueueChange, MessageKey>> {
  const errors: Partial<Record<keyof QueueChange, MessageKey>> = {};
  if (queue.name.trim() === '' || queue.name.trim().length > QUEUE_NAME_MAX)
    errors.name = 'ac.queues.nameInvalid';
  const skill = queue.requiredSkill?.trim() ?? '';
  if (skill.length > SKILL_MAX) errors.requiredSkill = 'ac.queues.skillTooLong';
  else if (queue.strategy === 'SKILL_FIRST' && skill === '') errors.requiredSkill = 'ac.queues.skillRequired';
  return errors;
}
