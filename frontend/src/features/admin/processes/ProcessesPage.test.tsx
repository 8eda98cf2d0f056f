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

  it('uploads only once the admin confirms the chosen file, and words the engine’s problems once each', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/admin/processes', () => jsonResponse(200, [V1])),
      on('GET', '/api/admin/processes/conversation%3A1%3Aa/xml', () => xmlResponse('<definitions/>')),
      on('POST', '/api/admin/processes', () =>
        jsonResponse(400, {
          code: 'process.rejected',
          params: { count: 2 },
          problems: [
            {
              code: 'process.taskWithoutHandler',
              params: { element: 'Task_Welcome', line: 12, column: 7 },
              line: 12,
              column: 7,
              element: 'Task_Welcome',
              detail:
                "One of the attributes 'class', 'delegateExpression', 'type', or 'expression' is mandatory",
            },
            {
              code: 'process.notBpmnXml',
              params: { line: 3, column: 1 },
              line: 3,
              column: 1,
              element: null,
              detail: 'cvc-complex-type.2.4.a',
            },
          ],
        }),
      ),
    );
    renderWithI18n(<ProcessesPage />);
    await screen.findByTestId('diagram');
    const user = userEvent.setup();

    const deploy = screen.getByRole('button', { name: '校验并部署' });
    expect(deploy.hasAttribute('disabled')).toBe(true);
    const file = new File(['<definitions>中文</definitions>'], 'conversation.bpmn');
    await user.upload(document.getElementById('process-upload') as HTMLInputElement, file);

    // Chosen, named, not sent.
    expect(await screen.findByText('conversation.bpmn')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: '校验并部署' }));

    expect(await screen.findByText('流程文件有 2 处问题，当前版本保持不变')).toBeTruthy();
    const items = [...screen.getByTestId('source-problems').querySelectorAll(':scope > li')];
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('任务 Task_Welcome（第 12 行）没有指定要执行的处理程序');
    expect(items[1].textContent).toContain('第 3 行第 1 列：不是流程引擎能读的 BPMN XML');
    // The engine's English only behind "引擎原文", never as the message itself.
    expect(screen.getAllByText(/mandatory/)).toHaveLength(1);
    expect(screen.getAllByText(/mandatory/)[0].closest('details')).toBeTruthy();
    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toBeInstanceOf(Blob);
    expect((posts[0].body as Blob).type).toBe('application/xml;charset=utf-8');
    expect(await (posts[0].body as Blob).text()).toBe('<definitions>中文</definitions>');
  });

  it('deploys a confirmed file, says which version it became and shows it', async () => {
    setCsrfCookie();
    let versions = [V1];
    stubFetch(
      on('GET', '/api/admin/processes', () => jsonResponse(200, versions)),
      on('GET', '/api/admin/processes/conversation%3A1%3Aa/xml', () => xmlResponse('<definitions id="v1"/>')),
      on('GET', '/api/admin/processes/conversation%3A2%3Ab/xml', () => xmlResponse('<definitions id="v2"/>')),
      on('POST', '/api/admin/processes', () => {
        versions = [V2, V1];
        return jsonResponse(201, V2);
      }),
    );
    renderWithI18n(<ProcessesPage />);
    await screen.findByTestId('diagram');
    const user = userEvent.setup();
    await user.upload(
      document.getElementById('process-upload') as HTMLInputElement,
      new File(['<definitions id="v2"/>'], 'v2.bpmn'),
    );
    await user.click(screen.getByRole('button', { name: '校验并部署' }));

    expect(await screen.findByText('已部署为版本 2，新会话将按此版本运行。')).toBeTruthy();
    expect((await screen.findByText('<definitions id="v2"/>')).getAttribute('data-testid')).toBe('diagram');
    // The chosen file is done with (its name leaves with an animation jsdom does not finish).
    expect(screen.getByRole('button', { name: '校验并部署' }).hasAttribute('disabled')).toBe(true);
  });
});
