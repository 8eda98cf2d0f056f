import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FanTags } from '../../api/fans';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { TagEditor } from './TagEditor';

const CATALOGUE = [
  { id: 1, accountId: 3, name: '老客户', wechatTagId: 100 },
  { id: 2, accountId: 3, name: '投诉', wechatTagId: 101 },
];
const synced = (tags: string[]): FanTags => ({ fanId: 9, tags, sync: { status: 'SYNCED', attempts: 0 } });

function Harness({ initial }: { initial: FanTags }) {
  const [value, setValue] = useState(initial);
  return <TagEditor fanId={9} accountId={3} value={value} onChange={setValue} />;
}

describe('TagEditor', () => {
  it('adds a typed tag and removes one, saving the whole set each time', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/fan-tags?accountId=3', () => jsonResponse(200, CATALOGUE)),
      on('PUT', '/api/fans/9/tags', (call) =>
        jsonResponse(200, synced((call.body as { tags: string[] }).tags)),
      ),
    );
    renderWithI18n(<Harness initial={synced(['老客户'])} />);

    await userEvent.type(screen.getByRole('combobox', { name: '选择或输入新标签' }), '新品关注');
    await userEvent.click(screen.getByRole('button', { name: '添加' }));
    await screen.findByRole('button', { name: '移除标签“新品关注”' });

    await userEvent.click(screen.getByRole('button', { name: '移除标签“老客户”' }));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: '移除标签“老客户”' })).toBeNull());
    expect(calls.filter((call) => call.method === 'PUT').map((call) => call.body)).toEqual([
      { tags: ['老客户', '新品关注'] },
      { tags: ['新品关注'] },
    ]);
  });

  it('explains WeChat limits before saving and shows a failed sync with its reason', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(on('GET', '/api/fan-tags?accountId=3', () => jsonResponse(200, CATALOGUE)));
    const failed: FanTags = {
      fanId: 9,
      tags: ['投诉'],
      sync: { status: 'FAILED', attempts: 8, lastError: 'WeChat errcode 45009' },
    };
    renderWithI18n(<TagEditor fanId={9} accountId={3} value={failed} onChange={vi.fn()} />);

    await userEvent.type(
      screen.getByRole('combobox', { name: '选择或输入新标签' }),
      '一二三四五六七八九十一',
    );
    await userEvent.click(screen.getByRole('button', { name: '添加' }));

    expect((await screen.findByRole('alert')).textContent).toBe('标签名最多 30 字节（一个汉字占 3 字节）');
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('同步到微信失败: WeChat errcode 45009');
    expect(screen.getByRole('button', { name: '重试同步' })).toBeTruthy();
  });
});
