import { describe, expect, it } from 'vitest';
import { isValidClientId, newClientId } from './clientId';

describe('clientId', () => {
  it('accepts 8 to 64 letters, digits and hyphens only', () => {
    expect(isValidClientId('abcd-123')).toBe(true);
    expect(isValidClientId('a'.repeat(64))).toBe(true);
    expect(isValidClientId('abc-123')).toBe(false);
    expect(isValidClientId('a'.repeat(65))).toBe(false);
    expect(isValidClientId('abcd_1234')).toBe(false);
    expect(isValidClientId('abcd 1234')).toBe(false);
  });

  it('makes valid, distinct ids with randomUUID', () => {
    const first = newClientId();
    expect(isValidClientId(first)).toBe(true);
    expect(newClientId()).not.toBe(first);
  });

  it('falls back to random bytes where randomUUID is missing', () => {
    const id = newClientId({ getRandomValues: (array) => crypto.getRandomValues(array) });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(isValidClientId(id)).toBe(true);
  });
});
