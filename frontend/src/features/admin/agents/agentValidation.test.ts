import { describe, expect, it } from 'vitest';
import { validateAgent, validateNewUser } from './agentValidation';

const draft = {
  displayName: '小王',
  avatarUrl: '',
  maxConcurrent: 5,
  skills: [{ name: 'billing', level: 3 }],
};

describe('agent validation', () => {
  it('accepts what the server accepts', () => {
    expect(validateAgent(draft)).toEqual({});
    expect(
      validateAgent({ ...draft, avatarUrl: 'https://cdn.example.com/a.png', maxConcurrent: 50 }),
    ).toEqual({});
    expect(validateAgent({ ...draft, avatarUrl: '/avatars/42' })).toEqual({});
    expect(
      validateNewUser({ username: 'agent.7', displayName: '七号', password: '12345678', role: 'AGENT' }),
    ).toEqual({});
  });

  it('names the reception limit outside 1-50 and skills outside levels 1-5', () => {
    expect(validateAgent({ ...draft, maxConcurrent: 0 })).toEqual({
      maxConcurrent: 'ac.agents.limitInvalid',
    });
    expect(validateAgent({ ...draft, maxConcurrent: 51 })).toEqual({
      maxConcurrent: 'ac.agents.limitInvalid',
    });
    expect(validateAgent({ ...draft, skills: [{ name: 'billing', level: 6 }] })).toEqual({
      skills: 'ac.agents.skillsInvalid',
    });
    expect(
      validateAgent({
        ...draft,
        skills: [
          { name: 'a', level: 1 },
          { name: 'a', level: 2 },
        ],
      }),
    ).toEqual({
      skills: 'ac.agents.skillsInvalid',
    });
  });

  it('wants avatars on https or uploaded to the desk, and passwords of 8-72 bytes', () => {
    expect(validateAgent({ ...draft, avatarUrl: 'http://example.com/a.png' })).toEqual({
      avatarUrl: 'ac.agents.avatarInvalid',
    });
    for (const other of [
      '/avatars/',
      '/avatars/4a',
      '/avatars/42/../x',
      '//evil.example.com/avatars/1',
      '/media/1',
    ]) {
      expect(validateAgent({ ...draft, avatarUrl: other })).toEqual({ avatarUrl: 'ac.agents.avatarInvalid' });
    }
    expect(validateAgent({ ...draft, avatarUrl: 'javascript:alert(1)' })).toEqual({
      avatarUrl: 'ac.agents.avatarInvalid',
    });
    const user = { username: 'ab', displayName: ' ', password: 'short', role: 'AGENT' as const };
    expect(validateNewUser(user)).toEqual({
      username: 'ac.agents.usernameInvalid',
      displayName: 'ac.agents.displayNameInvalid',
      password: 'ac.agents.passwordInvalid',
    });
    expect(
      validateNewUser({ ...user, username: 'abc', displayName: 'x', password: '密'.repeat(25) }),
    ).toEqual({
      password: 'ac.agents.passwordInvalid',
    });
  });
});
