import { describe, expect, it } from 'vitest';
import type { Navigation } from '../../../api/navigations';
import { draftOf } from './navigationDraft';

describe('draftOf', () => {
  it('rebuilds the menu tree from the server flat entries, whose null fields are left out', () => {
    const stored: Navigation = {
      id: 7,
      name: '售前售后',
      greeting: '请选择',
      maxInvalidAnswers: 2,
      defaultQueueId: 3,
      entries: [
        { id: 11, number: 1, label: '售前', clickKey: 'PRE', queueId: 1 },
        { id: 12, number: 2, label: '售后', prompt: '售后服务：' },
        { id: 13, parentId: 12, number: 1, label: '维修', queueId: 2 },
        { id: 14, parentId: 12, number: 2, label: '退款', queueId: 3 },
      ],
    };

    expect(draftOf(stored)).toEqual({
      name: '售前售后',
      greeting: '请选择',
      maxInvalidAnswers: 2,
      defaultQueueId: 3,
      entries: [
        { number: 1, label: '售前', clickKey: 'PRE', queueId: 1, prompt: null, entries: [] },
        {
          number: 2,
          label: '售后',
          clickKey: null,
          queueId: null,
          prompt: '售后服务：',
          entries: [
            { number: 1, label: '维修', clickKey: null, queueId: 2, prompt: null, entries: [] },
            { number: 2, label: '退款', clickKey: null, queueId: 3, prompt: null, entries: [] },
          ],
        },
      ],
    });
  });
});
