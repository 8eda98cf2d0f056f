import { request } from './client';
import { answer, api, type Schema } from './http';

export type DeskUser = Schema<'UserView'>;
export type Role = DeskUser['role'];
export type NewUser = Schema<'NewUser'>;
export type UserChange = Schema<'UserChange'>;
export type AgentProfile = Schema<'AgentView'>;
export type AgentStatus = AgentProfile['status'];
export type ProfileChange = Schema<'ProfileRequest'>;

export function listUsers(): Promise<DeskUser[]> {
  return answer(api.GET('/api/admin/users'));
}

export function createUser(user: NewUser): Promise<DeskUser> {
  return answer(api.POST('/api/admin/users', { body: user }));
}

export function updateUser(id: number, change: UserChange): Promise<DeskUser> {
  return answer(api.PUT('/api/admin/users/{id}', { params: { path: { id } }, body: change }));
}

/**
 * Stores the picture on the desk; the answer's avatarUrl is the desk's own path to it, e.g. /avatars/42.
 * Multipart, which the typed client does not send; the answer's type is still the server's.
 */
export function uploadAvatar(id: number, image: File): Promise<DeskUser> {
  const form = new FormData();
  form.append('file', image);
  return request<DeskUser>('POST', `/api/admin/users/${id}/avatar`, form);
}

/** A new password for a user who forgot theirs; also lifts a lock-out from failed logins. */
export function resetPassword(id: number, password: string): Promise<void> {
  return answer(api.PUT('/api/admin/users/{id}/password', { params: { path: { id } }, body: { password } }));
}

export function listAgentProfiles(): Promise<AgentProfile[]> {
  return answer(api.GET('/api/admin/agents'));
}

export function saveAgentProfile(userId: number, change: ProfileChange): Promise<AgentProfile> {
  return answer(
    api.PUT('/api/admin/agents/{userId}/profile', { params: { path: { userId } }, body: change }),
  );
}
