import { describe, expect, it } from 'vitest';
import { sendState } from './sendState';

const now = new Date('2030-01-01T08:00:00Z');
const open = {
  windowKind: 'MESSAGE' as const,
  windowEndsAt: '2030-01-02T08:00:00Z',
  limit: 5,
  sent: 2,
  remaining: 3,
};

describe('sendState', () => {
  it('allows a message inside an open window with quota left', () => {
    expect(sendState(open, null, now)).toEqual({
      allowed: true,
      remaining: 3,
      windowEndsAt: open.windowEndsAt,
    });
  });

  it('follows the server when it refused', () => {
    expect(sendState(open, 'QUOTA_SPENT', now)).toEqual({ allowed: false, reason: 'QUOTA_SPENT' });
  });

  it('closes the window when its end has passed, without asking the server', () => {
    expect(sendState(open, null, new Date('2030-01-02T08:00:01Z'))).toEqual({
      allowed: false,
      reason: 'WINDOW_CLOSED',
    });
  });

  it('treats a fan who never wrote as outside the window', () => {
    expect(sendState({ limit: 0, sent: 0, remaining: 0 }, null, now)).toEqual({
      allowed: false,
      reason: 'WINDOW_CLOSED',
    });
  });

  it('reports a spent quota in an open window', () => {
    expect(sendState({ ...open, sent: 5, remaining: 0 }, null, now)).toEqual({
      allowed: false,
      reason: 'QUOTA_SPENT',
    });
  });
});
