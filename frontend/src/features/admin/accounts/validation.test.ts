import { describe, expect, it } from 'vitest';
import { validateField, validateFields, type AccountField } from './validation';

const HEX32 = '0123456789abcdef0123456789abcdef';
const KEY43 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123+/9';

const cases: [AccountField, string, boolean][] = [
  ['name', '客服一号', true],
  ['name', 'a', true],
  ['name', 'x'.repeat(64), true],
  ['name', '', false],
  ['name', '   ', false],
  ['name', 'x'.repeat(65), false],
  ['originalId', 'gh_0123456789ab', true],
  ['originalId', 'gh_0123456789a', false],
  ['originalId', 'gh_0123456789abc', false],
  ['originalId', 'gh_0123456789AB', false],
  ['originalId', 'xx_0123456789ab', false],
  ['appId', 'wx0123456789abcdef', true],
  ['appId', 'wx0123456789abcde', false],
  ['appId', 'wx0123456789abcdeg', false],
  ['appId', 'WX0123456789abcdef', false],
  ['appSecret', HEX32, true],
  ['appSecret', HEX32.slice(1), false],
  ['appSecret', HEX32.toUpperCase(), false],
  ['appSecret', `${HEX32}0`, false],
  ['token', 'abc', true],
  ['token', 'Ab3'.repeat(10) + 'xy', true],
  ['token', 'ab', false],
  ['token', 'a'.repeat(33), false],
  ['token', 'abc-def', false],
  ['encodingAesKey', KEY43, true],
  ['encodingAesKey', KEY43.slice(1), false],
  ['encodingAesKey', `${KEY43}A`, false],
  ['encodingAesKey', `${KEY43.slice(1)}=`, false],
];

describe('validateField', () => {
  it.each(cases)('%s %j valid=%s', (field, value, valid) => {
    const error = validateField(field, value);
    if (valid) expect(error).toBeNull();
    else expect(error).toMatch(/^validation\./);
  });

  it('names the problem of a name', () => {
    expect(validateField('name', '')).toBe('validation.name.required');
    expect(validateField('name', 'x'.repeat(65))).toBe('validation.name.tooLong');
    expect(validateField('originalId', 'gh_1')).toBe('validation.originalId');
  });
});

describe('validateFields', () => {
  it('reports only the listed fields that fail', () => {
    const errors = validateFields({ originalId: 'bad', appId: 'wx0123456789abcdef', token: 'x' }, [
      'originalId',
      'appId',
    ]);

    expect(errors).toEqual({ originalId: 'validation.originalId' });
  });
});
