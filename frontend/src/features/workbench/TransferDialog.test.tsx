import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { TransferDialog } from './TransferDialog';

const QUEUES = [
  { id: 1, name: '售前' },
  { id: 2, name: '售后' },
];

describe('TransferDialog', () => {
  it('posts the chosen queue and the note, then reports the transfer', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/queues', () => jsonResponse(200, QUEUES)),
      on('POST', '/api/conversations/7/transfer', () => jsonResponse(204)),
    );
    const onTransferred = vi.fn();
    renderWithI18n(<TransferDialog conversationId={7} onTransferred={onTransferred} onClose={vi.fn()} />);

    await userEvent.selectOptions(await screen.findByLabelText('目标队列'), '售后');
    await userEvent.type(screen.getByLabelText('转接备注'), ' 客户要退货 ');
    await userEvent.click(screen.getByRole('button', { name: '转接' }));

    await vi.waitFor(() => expect(onTransferred).toHaveBeenCalled());
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ queueId: 2, note: '客户要退货' });
  });

  it('asks for a queue before posting and shows a server error', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/queues', () => jsonResponse(200, QUEUES)),
      on('POST', '/api/conversations/7/transfer', () =>
        jsonResponse(404, { code: 'queue.notFound', params: { id: 3 } }),
      ),
    );
    const onTransferred = vi.fn();
    renderWithI18n(<TransferDialog conversationId={7} onTransferred={onTransferred} onClose={vi.fn()} />);
    await screen.findByLabelText('目标队列');

    await userEvent.click(screen.getByRole('button', { name: '转接' }));
    expect(screen.getAllByText('请选择队列')).toHaveLength(2);
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.selectOptions(screen.getByLabelText('目标队列'), '售前');
    await userEvent.click(screen.getByRole('button', { name: '转接' }));

    expect((await screen.findByRole('alert')).textContent).toBe('队列不存在');
    expect(onTransferred).not.toHaveBeenCalled();
  });
});
