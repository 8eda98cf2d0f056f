import { describe, expect, it } from 'vitest';
import { messages } from '../../../i18n/messages';

// The repository's rules/ folder, which the backend deploys: every rule it ships is worded.
const SHIPPED_DRL = import.meta.glob<string>('../../../../../rules/*.drl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function shippedRuleNames(): string[] {
  return Object.values(SHIPPED_DRL)
    .flatMap((drl) => [...drl.matchAll(/^rule "([^"]+)"/gm)])
    .map((match) => match[1]);
}

describe('rule names', () => {
  it('words every rule the desk ships, in both languages', () => {
    const names = shippedRuleNames();
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const key = `rules.name.${name}`;
      expect(messages['zh-CN'], name).toHaveProperty([key]);
      expect(messages.en, name).toHaveProperty([key]);
      expect(messages['zh-CN'][key as keyof (typeof messages)['zh-CN']]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
