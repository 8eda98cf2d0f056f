import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { ProcessesPage } from './ProcessesPage';

// bpmn-js draws SVG with layout jsdom does not have; the browser shows the real diagram.
vi.mock('./BpmnDiagram', () => ({
  BpmnDiagram: ({ xml }: { xml: string }) => <pre data-testid="diagram">{xml}</pre>,
}));

const V2 = {
  id: 'conversation:2:b',
  version: 2,
  deployedBy: 'admin',
  deployedAt: '2025-03-01T08:00:00Z',
  running: 1,
};
const V1 = {
  id: 'conversation:1:a',
  version: 1,
  deployedBy: '(shipped)',
  deployedAt: '2025-01-01T08:00:00Z',
  running: 4,
};

function xmlResponse(body: string) {
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/xml' } });
}

describe('ProcessesPage', () => {
  it('shows the newest version’s diagram and any other version picked from the history', async () => {
    stubFetch(
      on('GET', '/api/admin/processes', () => jsonResponse(200, [V2, V1])),
      on('GET', '/api/admin/processes/conversation%3A2%3Ab/xml', () => xmlResponse('<definitions id="v2"/>')),
      on('GET', '/api/admin/processes/conversation%3A1%3Aa/xml', () => xmlResponse('<definitions id="v1"/>')),
    );
    renderWithI18n(<ProcessesPage />);

    expect((await screen.findByTestId('diagram')).textContent).toBe('<definitions id="v2"/>');
    expect(screen.getByText('进行中的会话：4')).toBeTruthy();
    await userEvent.click(screen.getByText('版本 1'));
    expect((await screen.findByTestId('diagram')).textContent).toBe('<definitions id="v1"/>');
  });

  it('uploads a BPMN as XML and lists the engine’s problems when it is refused', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/admin/processes', () => jsonResponse(200, [V1])),
      on('GET', '/api/admin/processes/conversation%3A1%3Aa/xml', () => xmlResponse('<definitions/>')),
      on('POST', '/api/admin/processes', () =>
        jsonResponse(400, {
          code: 'process.rejected',
          params: {},
          problems: [
            { line: 12, column: 7, message: 'Exclusive Gateway has no outgoing sequence flow' },
            { line: 3, column: 1, message: 'cvc-complex-type' },
          ],
        }),
      ),
    );
    renderWithI18n(<ProcessesPage />);
    await screen.findByTestId('diagram');

    const file = new File(['<definitions>中文</definitions>'], 'conversation.bpmn');
    await userEvent.upload(screen.getByLabelText(/上传新版本/), file);

    expect(await screen.findByText('流程文件有误，当前版本保持不变')).toBeTruthy();
    const items = screen.getByTestId('source-problems').querySelectorAll('li');
    expect(items[0].textContent).toContain('第 3 行，第 1 列');
    expect(items[1].textContent).toContain('第 12 行，第 7 列：');
    expect(items[1].textContent).toContain('Exclusive Gateway has no outgoing sequence flow');
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toBeInstanceOf(Blob);
    expect((post?.body as Blob).type).toBe('application/xml;charset=utf-8');
    expect(await (post?.body as Blob).text()).toBe('<definitions>中文</definitions>');
  });
});
