import { describe, expect, it } from 'vitest';
import type { NavigationDraft } from '../../../api/navigations';
import { emptyEntry, validateNavigation } from './navigationValidation';

const valid: NavigationDraft = {
  name: '售前售后',
  greeting: '请选择：1 售前 2 售后',
  maxInvalidAnswers: 3,
  defaultQueueId: 1,
  entries: [
    { ...emptyEntry(1), label: '售前', queueId: 1 },
    {
      ...emptyEntry(2),
      label: '售后',
      prompt: '请选择',
      entries: [{ ...emptyEntry(1), label: '退货', queueId: 2 }],
    },
  ],
};

describe('navigation validation', () => {
  it('accepts a menu with a sub-menu', () => {
    expect(validateNavigation(valid)).toEqual({});
  });

  it('names the server paths of bad entries', () => {
    const draft: NavigationDraft = {
      ...valid,
      maxInvalidAnswers: 11,
      entries: [
        { ...emptyEntry(1), label: '售前', queueId: 1 },
        { ...emptyEntry(1), label: '', entries: [{ ...emptyEntry(1), label: 'x', queueId: null }] },
      ],
    };
    expect(validateNavigation(draft)).toEqual({
      maxInvalidAnswers: 'ac.nav.maxInvalidInvalid',
      'entries[1].number': 'ac.nav.numberInvalid',
      'entries[1].label': 'ac.nav.labelInvalid',
      'entries[1].entries[0]': 'ac.nav.queueOrMenu',
    });
    expect(validateNavigation({ ...valid, entries: [] })).toEqual({ entries: 'ac.nav.entriesCount' });
  });
});
