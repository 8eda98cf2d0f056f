import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowSettings } from '../../../api/flowSettings';
import { messages } from '../../../i18n/messages';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { FlowSettingsForm } from './FlowSettingsForm';
import { defaultFlowSettings } from './flowFixtures';

const URL = '/api/admin/accounts/7/flow-settings';

function renderForm() {
  renderWithI18n(
    <FlowSettingsForm
      accountId={7}
      initial={defaultFlowSettings()}
      queues={[{ id: 2, name: '售后', strategy: 'RANDOM', requiredSkill: null, waiting: 0 }]}
    />,
  );
}

// The whole form is some forty antd fields: on a busy two-core machine one test can take longer than the default.
describe('FlowSettingsForm', { timeout: 60_000 }, () => {
  beforeEach(() => setCsrfCookie());

  it('saves every field, with the lists as edited', async () => {
    const { calls } = stubFetch(on('PUT', URL, (call) => jsonResponse(200, call.body)));
    renderForm();
    const user = userEvent.setup();

    const typeInto = async (label: string, text: string) => {
      await user.click(screen.getByLabelText(label));
      await user.paste(text);
    };
    await user.clear(screen.getByLabelText('欢迎语'));
    await typeInto('欢迎语', '新的欢迎语');
    await user.click(screen.getByRole('button', { name: '添加等级' }));
    await typeInto('第 4 个评价等级', '很差');
    await user.click(screen.getByRole('button', { name: '添加关键词回复' }));
    await user.type(screen.getByLabelText('第 2 条的关键词'), '地址,');
    await typeInto('第 2 条的关键词', '位置');
    await typeInto('第 2 条的回答', '北京市');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存')).toBeTruthy();
    const sent = calls.find((call) => call.method === 'PUT')?.body as FlowSettings;
    expect(sent.welcomeText).toBe('新的欢迎语');
    expect(sent.surveyLabels).toEqual(['满意', '一般', '不满意', '很差']);
    expect(sent.robotAnswers[1]).toEqual({ keywords: ['地址', '位置'], answer: '北京市' });
    expect(sent.agentRemindSeconds).toBe(30);
  });

  it('does not send values out of range and says the range next to the field', async () => {
    const { calls } = stubFetch();
    renderForm();
    const user = userEvent.setup();

    const close = screen.getByLabelText('访客未回复：关闭会话');
    await user.clear(close);
    await user.type(close, '121');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(close.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('flow_visitorCloseMinutes_help')?.textContent).toBe('取值范围 2-120');
    expect(calls).toHaveLength(0);
  });

  // 安抚访客、提醒座席、提示访客、会话关闭与提示: each "开启后" (once switched on) in the seed.
  it('switches a timeout off, greys out its time and text and saves without the text', async () => {
    const { calls } = stubFetch(on('PUT', URL, (call) => jsonResponse(200, call.body)));
    renderForm();
    const user = userEvent.setup();

    await user.clear(screen.getByLabelText('提醒座席文字'));
    await user.click(screen.getByLabelText('提醒座席'));
    expect((screen.getByLabelText('座席未回复：提醒座席') as HTMLInputElement).disabled).toBe(true);
    await user.click(screen.getByLabelText('会话关闭与提示'));
    await user.click(screen.getByRole('button', { name: '保存' }));

    await screen.findByText('已保存');
    const sent = calls.find((call) => call.method === 'PUT')?.body as FlowSettings;
    expect(sent).toMatchObject({
      agentAppeaseEnabled: true,
      agentRemindEnabled: false,
      agentRemindText: '',
      visitorPromptEnabled: true,
      visitorCloseEnabled: false,
    });
  });

  it('shows the server message next to the field it names', async () => {
    stubFetch(
      on('PUT', URL, () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { surveyTemplateId: { code: 'flow.surveyTemplateId', params: {} } },
        }),
      ),
    );
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '保存' }));

    const field = screen.getByLabelText('模版 ID').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('开启模板消息时必填，1-64 位字母、数字、_ 或 -')).toBeTruthy();
  });

  it('removes list rows', async () => {
    const { calls } = stubFetch(on('PUT', URL, (call) => jsonResponse(200, call.body)));
    renderForm();
    const user = userEvent.setup();
    const labels = document.getElementById('flow-surveyLabels') as HTMLElement;
    await user.click(within(labels).getAllByRole('button', { name: '移除' })[0]);
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('已保存');
    expect((calls[calls.length - 1].body as FlowSettings).surveyLabels).toEqual(['一般', '不满意']);
  });

  it('brings the first field in error into view and focus, not only the summary beside the button', async () => {
    const { calls } = stubFetch();
    // jsdom lays nothing out: each element is put 100 px below the one before it in the page, past the
    // viewport, and the page's scrolls are recorded to tell which field was brought into view.
    const order = () => [...document.querySelectorAll('*')];
    const layout = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const top = 2000 + 100 * order().indexOf(this);
      return DOMRect.fromRect({ x: 0, y: top, width: 300, height: 40 });
    });
    const scrolls: number[] = [];
    Object.defineProperty(Element.prototype, 'scroll', {
      configurable: true,
      value: (options: ScrollToOptions) => scrolls.push(options.top ?? 0),
    });
    renderForm();
    const user = userEvent.setup();

    // Two fields in error; the one further up the form is the one shown.
    const close = screen.getByLabelText('访客未回复：关闭会话');
    await user.clear(close);
    await user.type(close, '121');
    await user.clear(screen.getByLabelText('欢迎语'));
    scrolls.length = 0;
    await user.click(screen.getByRole('button', { name: '保存' }));

    const welcome = screen.getByLabelText('欢迎语');
    await waitFor(() => expect(document.activeElement).toBe(welcome));
    expect(welcome.getAttribute('aria-invalid')).toBe('true');
    const centred = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.top + box.height / 2 - window.innerHeight / 2;
    };
    expect(scrolls).toEqual([centred(welcome)]);
    expect(scrolls).not.toContain(centred(close));
    expect(calls).toHaveLength(0);
    layout.mockRestore();
    delete (Element.prototype as Partial<Element>).scroll;
  });

  it('offers the survey’s starter as one labelled radio group, and saves the choice', async () => {
    const { calls } = stubFetch(on('PUT', URL, (call) => jsonResponse(200, call.body)));
    renderForm();
    const user = userEvent.setup();

    const group = screen.getByRole('radiogroup', { name: '评价由谁发起' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    // Each radio sits inside the label naming it, so the two cannot drift apart.
    expect(within(group).getByLabelText('座席主动发起')).toBe(radios[1]);
    await user.click(within(group).getByLabelText('座席主动发起'));
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存')).toBeTruthy();
    expect((calls.find((call) => call.method === 'PUT')?.body as FlowSettings).surveyAutomatic).toBe(false);
  });

  it('offers in the template fields’ help exactly the placeholders the server fills in', () => {
    // RatingInvitations.fields on the server replaces these, and nothing else, in template values.
    const substituted = ['{account}', '{agent}', '{endTime}'];
    for (const lang of ['zh-CN', 'en'] as const) {
      const offered = messages[lang]['ac.flow.templatePlaceholders'].match(/\{\w+\}/g);
      expect([...new Set(offered)].sort(), lang).toEqual([...substituted].sort());
    }
    for (const field of defaultFlowSettings().surveyTemplateFields) {
      for (const used of field.value.match(/\{\w+\}/g) ?? []) expect(substituted).toContain(used);
    }
  });
});
