import { ApiError, request } from './client';

export type Role = 'ADMIN' | 'AGENT';

export interface User {
  username: string;
  displayName: string;
  roles: Role[];
}

export function login(username: string, password: string): Promise<User> {
  return request<User>('POST', '/api/auth/login', { username, password });
}

/** Resolves to null when nobody is logged in. */
export async function fetchCurrentUser(): Promise<User | null> {
  try {
    return await request<User>('GET', '/api/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function logout(): Promise<void> {
  return request<void>('POST', '/api/auth/logout');
}
