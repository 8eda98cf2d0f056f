import { describe, expect, it } from 'vitest';
import { ERROR_WORDING, wordError } from './errors';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('error wording', () => {
  it('words every code in both languages with the same parameters', () => {
    const zh = ERROR_WORDING['zh-CN'];
    const en = ERROR_WORDING.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const code of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[code].trim(), code).not.toBe('');
      expect(en[code].trim(), code).not.toBe('');
      expect(placeholders(en[code]), code).toEqual(placeholders(zh[code]));
    }
  });

  it('puts the parameters into the wording of the chosen language', () => {
    expect(wordError('zh-CN', 'input.length', { min: 1, max: 32 })).toBe('须为 1-32 个字符');
    expect(wordError('en', 'input.length', { min: 1, max: 32 })).toBe('1-32 characters');
    expect(wordError('en', 'user.tooManyFailedLogins', { seconds: 60 })).toBe(
      'Too many failed logins; try again in 60 s',
    );
  });

  it('says something, with the code, for a code this UI does not know', () => {
    expect(wordError('zh-CN', 'queue.somethingNew', { id: 1 })).toBe(
      '操作失败（错误代码 queue.somethingNew）',
    );
    expect(wordError('en', 'queue.somethingNew')).toBe(
      'Something went wrong (error code queue.somethingNew)',
    );
  });
});
