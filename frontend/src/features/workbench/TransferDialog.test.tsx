import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { TransferDialog } from './TransferDialog';

const TARGETS = [
  {
    id: 1,
    name: '售前',
    onlineAgents: [
      { userId: 11, username: 'li', displayName: '李雷', activeCount: 1, maxConcurrent: 3 },
      { userId: 12, username: 'han', displayName: '韩梅梅', activeCount: 2, maxConcurrent: 2 },
    ],
  },
  { id: 2, name: '售后', onlineAgents: [] },
];

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  await userEvent.click(options[options.length - 1]);
}

function dialog() {
  return within(screen.getByRole('dialog'));
}

describe('TransferDialog', () => {
  it('posts the chosen queue and the note, then reports the transfer', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/transfer-targets', () => jsonResponse(200, TARGETS)),
      on('POST', '/api/conversations/7/transfer', () => jsonResponse(204)),
    );
    const onTransferred = vi.fn();
    renderWithI18n(<TransferDialog conversationId={7} onTransferred={onTransferred} onClose={vi.fn()} />);

    await choose('目标队列', '售后');
    await userEvent.type(screen.getByLabelText('转接备注'), ' 客户要退货 ');
    await userEvent.click(dialog().getByRole('button', { name: '转接' }));

    await vi.waitFor(() => expect(onTransferred).toHaveBeenCalled());
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ queueId: 2, note: '客户要退货' });
  });

  it('offers the online agents of the chosen queue with their load, and posts the named agent', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/transfer-targets', () => jsonResponse(200, TARGETS)),
      on('POST', '/api/conversations/7/transfer', () => jsonResponse(204)),
    );
    const onTransferred = vi.fn();
    renderWithI18n(<TransferDialog conversationId={7} onTransferred={onTransferred} onClose={vi.fn()} />);

    await userEvent.click(screen.getByText('指定客服'));
    await choose('目标队列', '售前');
    await userEvent.click(screen.getByLabelText('目标客服'));
    const full = await screen.findByTitle('韩梅梅（接待 2/2）');
    expect(full.className).toContain('ant-select-item-option-disabled');
    await userEvent.click(screen.getByTitle('李雷（接待 1/3）'));
    await userEvent.click(dialog().getByRole('button', { name: '转接' }));

    await vi.waitFor(() => expect(onTransferred).toHaveBeenCalled());
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ queueId: 1, agentId: 11, note: '' });
  });

  it('asks for a queue and an agent before posting, and words the server refusal', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/transfer-targets', () => jsonResponse(200, TARGETS)),
      on('POST', '/api/conversations/7/transfer', () =>
        jsonResponse(409, { code: 'transfer.agentAtLimit', params: { max: 3 } }),
      ),
    );
    const onTransferred = vi.fn();
    renderWithI18n(<TransferDialog conversationId={7} onTransferred={onTransferred} onClose={vi.fn()} />);

    await userEvent.click(screen.getByText('指定客服'));
    await userEvent.click(dialog().getByRole('button', { name: '转接' }));
    expect(await screen.findByText('请选择队列', { selector: '.ant-form-item-explain-error' })).toBeTruthy();
    expect(screen.getByText('请选择客服', { selector: '.ant-form-item-explain-error' })).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await choose('目标队列', '售前');
    await choose('目标客服', '李雷（接待 1/3）');
    await userEvent.click(dialog().getByRole('button', { name: '转接' }));

    expect((await screen.findByRole('alert')).textContent).toBe('该客服已达接待上限 3 人');
    expect(onTransferred).not.toHaveBeenCalled();
  });
});
