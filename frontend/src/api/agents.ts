import { request } from './client';

export type Role = 'ADMIN' | 'AGENT';
export type AgentStatus = 'ONLINE' | 'BUSY' | 'OFFLINE';

export interface DeskUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  enabled: boolean;
  avatarUrl: string | null;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
}

export interface UserChange {
  displayName: string;
  avatarUrl: string | null;
  enabled: boolean;
}

export interface AgentProfile {
  userId: number;
  username: string;
  displayName: string;
  status: AgentStatus;
  maxConcurrent: number;
  activeCount: number;
  queueIds: number[];
  skills: Record<string, number>;
}

export interface ProfileChange {
  status: AgentStatus;
  maxConcurrent: number;
  queueIds: number[];
  skills: Record<string, number>;
}

export function listUsers(): Promise<DeskUser[]> {
  return request<DeskUser[]>('GET', '/api/admin/users');
}

export function createUser(user: NewUser): Promise<DeskUser> {
  return request<DeskUser>('POST', '/api/admin/users', user);
}

export function updateUser(id: number, change: UserChange): Promise<DeskUser> {
  return request<DeskUser>('PUT', `/api/admin/users/${id}`, change);
}

/** Stores the picture on the desk; the answer's avatarUrl is the desk's own path to it, e.g. /avatars/42. */
export function uploadAvatar(id: number, image: File): Promise<DeskUser> {
  const form = new FormData();
  form.append('file', image);
  return request<DeskUser>('POST', `/api/admin/users/${id}/avatar`, form);
}

/** A new password for a user who forgot theirs; also lifts a lock-out from failed logins. */
export function resetPassword(id: number, password: string): Promise<void> {
  return request<void>('PUT', `/api/admin/users/${id}/password`, { password });
}

export function listAgentProfiles(): Promise<AgentProfile[]> {
  return request<AgentProfile[]>('GET', '/api/admin/agents');
}

export function saveAgentProfile(userId: number, change: ProfileChange): Promise<AgentProfile> {
  return request<AgentProfile>('PUT', `/api/admin/agents/${userId}/profile`, change);
}
