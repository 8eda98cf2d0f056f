import { ApiError } from './client';
import { answer, api, type Schema } from './http';

export type User = Schema<'CurrentUser'>;
export type Role = User['roles'][number];

export function login(username: string, password: string): Promise<User> {
  return answer(api.POST('/api/auth/login', { body: { username, password } }));
}

/** Resolves to null when nobody is logged in. */
export async function fetchCurrentUser(): Promise<User | null> {
  try {
    return await answer(api.GET('/api/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function logout(): Promise<void> {
  return answer(api.POST('/api/auth/logout'));
}
