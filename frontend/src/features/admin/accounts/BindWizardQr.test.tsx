import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { BindWizard } from './BindWizard';
import { openWeChatPage } from './wechatPage';

vi.mock('./wechatPage', () => ({ openWeChatPage: vi.fn() }));

const PAGE =
  'https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid=wxc0c0c0c0c0c0c0c0&pre_auth_code=preauthcode%40%40%401&redirect_uri=x&auth_type=1';

function renderWizard() {
  setCsrfCookie();
  renderWithI18n(<BindWizard onCreated={vi.fn()} onClose={vi.fn()} />);
}

describe('BindWizard, WeChat authorization (扫码授权)', () => {
  afterEach(() => vi.mocked(openWeChatPage).mockReset());

  it('opens WeChat’s authorization page for a new pre_auth_code', async () => {
    const { calls } = stubFetch(
      on('POST', '/api/admin/component/authorizations', () => jsonResponse(200, { authorizationUrl: PAGE })),
    );
    renderWizard();

    expect(screen.getByRole('heading', { name: '微信授权（推荐）' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '微信授权' }));

    await vi.waitFor(() => expect(openWeChatPage).toHaveBeenCalledWith(PAGE));
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('explains why it cannot start when the platform has no verify ticket yet', async () => {
    stubFetch(
      on('POST', '/api/admin/component/authorizations', () =>
        jsonResponse(409, { code: 'component.noTicket', params: {} }),
      ),
    );
    renderWizard();

    await userEvent.click(screen.getByRole('button', { name: '微信授权' }));

    expect((await screen.findByRole('alert')).textContent).toContain('component_verify_ticket');
    expect(openWeChatPage).not.toHaveBeenCalled();
  });
});
