import type { NewUser } from '../../../api/agents';
import type { MessageKey } from '../../../i18n/messages';

export const LIMIT_MIN = 1;
export const LIMIT_MAX = 50;
export const LEVEL_MIN = 1;
export const LEVEL_MAX = 5;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 72;

export interface SkillRow {
  name: string;
  level: number;
}

type Errors<K extends string> = Partial<Record<K, MessageKey>>;

/** The server's rules for a new desk user. */
export function validateNewUser(user: NewUser): Errors<keyof NewUser> {
  const errors: Errors<keyof NewUser> = {};
  if (!/^[A-Za-z0-9_.-]{3,64}$/.test(user.username)) errors.username = 'ac.agents.usernameInvalid';
  if (user.displayName.trim() === '' || user.displayName.trim().length > 64)
    errors.displayName = 'ac.agents.displayNameInvalid';
  if (!isValidPassword(user.password)) errors.password = 'ac.agents.passwordInvalid';
  return errors;
}

/** BCrypt reads no more than 72 bytes, so the upper bound counts bytes, not characters. */
export function isValidPassword(password: string): boolean {
  return password.length >= PASSWORD_MIN && new TextEncoder().encode(password).length <= PASSWORD_MAX;
}

export interface AgentDraft {
  displayName: string;
  avatarUrl: string;
  maxConcurrent: number;
  skills: SkillRow[];
}

export function validateAgent(draft: AgentDraft): Errors<keyof AgentDraft> {
  const errors: Errors<keyof AgentDraft> = {};
  if (draft.displayName.trim() === '' || draft.displayName.trim().length > 64)
    errors.displayName = 'ac.agents.displayNameInvalid';
  if (draft.avatarUrl.trim() !== '' && !isAvatarUrl(draft.avatarUrl.trim()))
    errors.avatarUrl = 'ac.agents.avatarInvalid';
  if (
    !Number.isInteger(draft.maxConcurrent) ||
    draft.maxConcurrent < LIMIT_MIN ||
    draft.maxConcurrent > LIMIT_MAX
  ) {
    errors.maxConcurrent = 'ac.agents.limitInvalid';
  }
  const names = draft.skills.map((skill) => skill.name.trim());
  if (
    names.some((name) => name === '' || name.length > 32) ||
    new Set(names).size !== names.length ||
    draft.skills.some(
      (skill) => !Number.isInteger(skill.level) || skill.level < LEVEL_MIN || skill.level > LEVEL_MAX,
    )
  ) {
    errors.skills = 'ac.agents.skillsInvalid';
  }
  return errors;
}

/** An uploaded avatar is served by the desk itself, under a path such as /avatars/42. */
const UPLOADED_AVATAR = /^\/avatars\/\d+$/;

export function isAvatarUrl(value: string): boolean {
  return UPLOADED_AVATAR.test(value) || isHttpsUrl(value);
}

function isHttpsUrl(value: string): boolean {
  if (value.length > 500) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

export function skillsToMap(rows: SkillRow[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [row.name.trim(), row.level]));
}
