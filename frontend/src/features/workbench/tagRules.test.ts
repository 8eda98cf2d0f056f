import { describe, expect, it } from 'vitest';
import { addTag, suggestions, utf8Bytes } from './tagRules';

describe('tag rules', () => {
  it('counts bytes the way WeChat does: a Chinese character is 3', () => {
    expect(utf8Bytes('老客户')).toBe(9);
    expect(utf8Bytes('vip')).toBe(3);
  });

  it('adds a trimmed new tag', () => {
    expect(addTag(['老客户'], ' 投诉 ')).toEqual({ tags: ['老客户', '投诉'] });
  });

  it('refuses empty, over-long, duplicate tags and a 21st tag', () => {
    expect(addTag([], '  ')).toEqual({ error: 'empty' });
    expect(addTag([], '一二三四五六七八九十一')).toEqual({ error: 'tooLong' });
    expect(addTag([], '一二三四五六七八九十')).toEqual({ tags: ['一二三四五六七八九十'] });
    expect(addTag(['老客户'], '老客户')).toEqual({ error: 'duplicate' });
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(addTag(twenty, 'one more')).toEqual({ error: 'tooMany' });
  });

  it('suggests catalogue tags the fan lacks, matching what was typed', () => {
    const catalogue = ['老客户', '新品关注', '投诉', 'VIP'];
    expect(suggestions(catalogue, ['投诉'], '')).toEqual(['老客户', '新品关注', 'VIP']);
    expect(suggestions(catalogue, [], '客')).toEqual(['老客户']);
    expect(suggestions(catalogue, [], 'vi')).toEqual(['VIP']);
  });
});
