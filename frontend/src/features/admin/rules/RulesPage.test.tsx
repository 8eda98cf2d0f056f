import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { RulesPage } from './RulesPage';
import { answerConfirm } from '../confirmInTest';

const V5 = {
  id: 5,
  ruleSet: 'assignment',
  createdAt: '2025-03-01T08:00:00Z',
  createdBy: 'admin',
  active: true,
};
const V4 = {
  id: 4,
  ruleSet: 'assignment',
  createdAt: '2025-01-01T08:00:00Z',
  createdBy: '(shipped)',
  active: false,
};
/** The page renders many Ant Design fields (the trial's agents among them): slow on a busy machine. */
const LOADED = { timeout: 10_000 };
const DRL = 'package rules;\n\nrule "Owner agent first"\nwhen\nthen\nend\n';

function baseRoutes() {
  return [
    on('GET', '/api/admin/rules?ruleSet=assignment', () => jsonResponse(200, [V5, V4])),
    on('GET', '/api/admin/rules/5', () => jsonResponse(200, { version: V5, drl: DRL })),
    on('GET', '/api/admin/rules/4', () => jsonResponse(200, { version: V4, drl: 'old' })),
    on('GET', '/api/admin/accounts', () => jsonResponse(200, [{ id: 4, name: '测试号', appId: 'wx04' }])),
    on('GET', '/api/admin/accounts/4/routing', () =>
      jsonResponse(200, { accountId: 4, queueId: 1, familiarWindowMinutes: 180 }),
    ),
  ];
}

describe('RulesPage', () => {
  it('shows the active version’s DRL and each compiler message with the line it points at', async () => {
    setCsrfCookie();
    stubFetch(
      ...baseRoutes(),
      on('POST', '/api/admin/rules', () =>
        jsonResponse(400, {
          code: 'rules.rejected',
          params: {},
          messages: [{ level: 'ERROR', line: 4, column: 0, text: "[ERR 102] mismatched input 'then'" }],
        }),
      ),
    );
    renderWithI18n(<RulesPage />);

    const editor = (await screen.findByDisplayValue(
      /Owner agent first/,
      undefined,
      LOADED,
    )) as HTMLTextAreaElement;
    expect(editor.value).toBe(DRL);
    await userEvent.click(screen.getByRole('button', { name: '提交为新版本' }));

    expect(await screen.findByText('规则有误，未生效')).toBeTruthy();
    const problem = screen.getByTestId('source-problems');
    expect(problem.textContent).toContain('第 4 行，第 1 列：');
    expect(problem.textContent).toContain("mismatched input 'then'");
    expect(within(problem).getByTestId('problem-line').textContent).toBe('4: when');
  });

  it('rolls back to an older version after confirming', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      ...baseRoutes(),
      on('POST', '/api/admin/rules/4/activation', () => jsonResponse(200, { ...V4, active: true })),
    );
    renderWithI18n(<RulesPage />);

    await userEvent.click(await screen.findByRole('button', { name: '设为生效（回滚）' }, LOADED));
    expect(calls.some((call) => call.url === '/api/admin/rules/4/activation')).toBe(false);
    await answerConfirm(true, '#4');

    expect(await screen.findByText('版本 #4 已生效。')).toBeTruthy();
    expect(calls.filter((call) => call.url === '/api/admin/rules/4/activation')).toHaveLength(1);
  });

  it('tries the rules on the situation described and shows the decision and the skipped agents', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      ...baseRoutes(),
      on('POST', '/api/admin/rules/trial', () =>
        jsonResponse(200, {
          decidedBy: 'Least loaded available agent',
          agentId: 3,
          proposals: [
            { agentId: 3, username: 'agent3', rule: 'Least loaded available agent' },
            { agentId: 2, username: 'agent2', rule: 'A rule an admin wrote' },
          ],
          skipped: [{ agentId: 1, username: 'agent1', rule: 'Skip agents who are busy' }],
          notes: [],
          queuePriority: 10,
          queuePriorityRule: 'VIP customers are taken from the queue first',
        }),
      ),
    );
    renderWithI18n(<RulesPage />);
    await screen.findByDisplayValue(/Owner agent first/, undefined, LOADED);

    await userEvent.click(screen.getByLabelText('VIP 客户'));
    await userEvent.click(screen.getByRole('button', { name: '试算' }));

    const result = await screen.findByTestId('trial-result');
    expect(result.textContent).toContain('分配给 agent3 (#3)');
    // The shipped rules' names in the UI's language, the DRL's name on hover; an admin's own rule as named.
    expect(result.textContent).toContain('agent1 (#1) — 跳过忙碌的座席');
    expect(result.textContent).not.toContain('Skip agents who are busy');
    expect(within(result).getByText('跳过忙碌的座席').getAttribute('title')).toBe('Skip agents who are busy');
    expect(result.textContent).toContain('VIP 客户优先出队');
    expect(result.textContent).toContain('agent2 (#2) — A rule an admin wrote');
    expect(result.textContent).toContain('排队优先级 10');
    const trial = calls.find((call) => call.url === '/api/admin/rules/trial')?.body as Record<
      string,
      unknown
    >;
    expect(trial.visitor).toEqual({
      vip: true,
      designated: false,
      ownerAgentId: null,
      lastAgentId: 1,
      minutesSinceLastServed: 30,
    });
    expect(trial.drl).toBeUndefined();
    // 熟客优先's window left empty: the chosen account's.
    expect(trial.familiarWindowMinutes).toBe(180);
  });
});
