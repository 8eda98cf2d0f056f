import { describe, expect, it } from 'vitest';
import { diff } from './auditDiff';

describe('audit diff', () => {
  it('lists only the changed leaves, with nested paths', () => {
    const before = {
      welcomeText: '您好',
      agentRemindSeconds: 30,
      robotAnswers: [{ keywords: ['几点'], answer: '9点' }],
    };
    const after = {
      welcomeText: '欢迎',
      agentRemindSeconds: 30,
      robotAnswers: [{ keywords: ['几点', '营业'], answer: '9点' }],
    };
    expect(diff(before, after)).toEqual([
      { path: 'welcomeText', before: '您好', after: '欢迎' },
      { path: 'robotAnswers[0].keywords[1]', before: null, after: '营业' },
    ]);
  });

  it('shows every field of something created or removed', () => {
    expect(diff(null, { name: '售前', strategy: 'RANDOM' })).toEqual([
      { path: 'name', before: null, after: '售前' },
      { path: 'strategy', before: null, after: 'RANDOM' },
    ]);
    expect(diff({ id: 3 }, null)).toEqual([{ path: 'id', before: '3', after: null }]);
  });
});
