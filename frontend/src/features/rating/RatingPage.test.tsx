import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithI18n, stubFetch } from '../../test/helpers';
import { RatingPage } from './RatingPage';
import { labelOf, ratingProblem } from './ratingForm';

const view = {
  accountName: '演示公众号',
  labels: ['非常满意', '满意', '一般'],
  solvedQuestion: 'REQUIRED',
  open: true,
  rating: null,
  solved: null,
};

afterEach(() => vi.unstubAllGlobals());

describe('ratingForm', () => {
  it('asks for a score first, then for "solved" only when required', () => {
    expect(ratingProblem({ rating: null, solved: true }, 'OPTIONAL')).toBe('rating.pickScore');
    expect(ratingProblem({ rating: 2, solved: null }, 'REQUIRED')).toBe('rating.answerSolved');
    expect(ratingProblem({ rating: 2, solved: null }, 'OPTIONAL')).toBeNull();
    expect(ratingProblem({ rating: 2, solved: false }, 'REQUIRED')).toBeNull();
  });

  it('names a rating by its label, numbered from 1', () => {
    expect(labelOf(view.labels, 1)).toBe('非常满意');
    expect(labelOf(view.labels, 3)).toBe('一般');
    expect(labelOf(view.labels, 4)).toBeNull();
    expect(labelOf(view.labels, null)).toBeNull();
  });
});

describe('RatingPage', () => {
  it('sends the picked score and answer, then thanks the fan and shows the rating', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const { calls } = stubFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, view);
      return jsonResponse(200, { ...view, rating: 2, solved: true });
    });
    renderWithI18n(<RatingPage token="tok" />);

    await userEvent.click(await screen.findByLabelText('满意'));
    await userEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请回答问题是否解决');
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await userEvent.click(screen.getByLabelText('已解决'));
    await userEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect((await screen.findByRole('status')).textContent).toContain('感谢您的评价');
    expect(screen.getByText('您当前的评价：满意')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: '/api/rating-page/tok',
      body: { rating: 2, solved: true },
    });
  });

  it('says so when the invitation has expired, on load or on submit', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    stubFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, { ...view, solvedQuestion: 'OFF' });
      return jsonResponse(410, { error: 'expired' });
    });
    renderWithI18n(<RatingPage token="tok" />);
    await userEvent.click(await screen.findByLabelText('一般'));
    await userEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await waitFor(() => expect(screen.getByText('评价邀请已过期，感谢您的关注。')).toBeTruthy());
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull();
  });

  it('tells the fan when the link is not valid', async () => {
    stubFetch(() => jsonResponse(404, { error: 'Unknown rating link' }));
    renderWithI18n(<RatingPage token="nope" />);
    expect(await screen.findByText('评价链接无效，请从公众号消息中重新打开。')).toBeTruthy();
  });
});
