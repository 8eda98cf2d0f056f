import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Space, Switch, Table, Tag } from 'antd';
import { useEffect } from 'react';
import {
  loadKfAccounts,
  saveKfSettings,
  syncKfAccounts,
  type AgentKfAccount,
  type KfAccounts,
  type KfSettings,
} from '../../../api/kfAccounts';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { useT, type Translate } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { AccountPicker } from '../AccountPicker';
import { useAdminAccount } from '../useAdminAccount';

/**
 * Agents as WeChat customer-service accounts (客服账号) on one Official Account, so that fans see the
 * agent's nickname and picture: the account's WeChat ID, the switch, and each agent's account as
 * WeChat holds it, with WeChat's reason when it does not work.
 */
export function KfAccountsPage() {
  const t = useT();
  const { accounts, accountId, choose } = useAdminAccount();
  return (
    <section className="kf-accounts">
      <div className="page-head">
        <div>
          <h1>{t('kf.title')}</h1>
          <p className="hint">{t('kf.intro')}</p>
        </div>
        {accounts.data && accounts.data.length > 0 && (
          <AccountPicker id="kf-account" accounts={accounts.data} value={accountId} onChange={choose} />
        )}
      </div>
      {accounts.data?.length === 0 && <p className="card muted">{t('kf.noAccounts')}</p>}
      {accounts.error != null && <Alert type="error" showIcon message={errorText(accounts.error, t)} />}
      {accountId !== null && <KfAccountsOfAccount key={accountId} accountId={accountId} />}
    </section>
  );
}

function KfAccountsOfAccount({ accountId }: { accountId: number }) {
  const t = useT();
  const queries = useQueryClient();
  const key = ['admin', 'kf-accounts', accountId];
  const state = useQuery({ queryKey: key, queryFn: () => loadKfAccounts(accountId) });
  const [form] = Form.useForm<KfSettings>();
  const showAnswer = (answer: KfAccounts) => queries.setQueryData(key, answer);
  const save = useMutation({
    mutationFn: (settings: KfSettings) => saveKfSettings(accountId, settings),
    onSuccess: showAnswer,
  });
  const sync = useMutation({ mutationFn: () => syncKfAccounts(accountId), onSuccess: showAnswer });
  const settings = state.data?.settings;

  useEffect(() => {
    if (settings) form.setFieldsValue(settings);
  }, [form, settings]);

  useEffect(() => {
    // The server's word on a field goes on that field.
    const fields = save.error instanceof ApiError ? save.error.fields : undefined;
    if (fields?.wechatId) form.setFields([{ name: 'wechatId', errors: [fields.wechatId] }]);
  }, [form, save.error]);

  const failure = state.error ?? sync.error ?? (isFieldError(save.error) ? null : save.error);

  return (
    <>
      {failure != null && <Alert type="error" showIcon message={errorText(failure, t)} />}
      <Form
        form={form}
        layout="inline"
        scrollToFirstError
        onFinish={(values) => save.mutate(values)}
        initialValues={{ wechatId: '', enabled: false }}
      >
        <Form.Item
          name="wechatId"
          label={t('kf.wechatId')}
          extra={t('kf.wechatIdHint')}
          rules={[
            { required: true, pattern: /^[A-Za-z][A-Za-z0-9_-]{5,19}$/, message: t('kf.wechatIdRule') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="enabled" label={t('kf.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('kf.save')}
            </Button>
            <Button onClick={() => sync.mutate()} loading={sync.isPending} disabled={!settings?.enabled}>
              {t('kf.sync')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {(save.isSuccess || sync.isSuccess) && (
        <Alert type="success" showIcon message={t(save.isSuccess ? 'kf.saved' : 'kf.synced')} />
      )}
      <Table<AgentKfAccount>
        rowKey="userId"
        loading={state.isFetching}
        dataSource={state.data?.agents ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('kf.empty') }}
        columns={[
          { title: t('kf.col.agent'), render: (_, row) => `${row.displayName} (${row.username})` },
          { title: t('kf.col.account'), dataIndex: 'kfAccount', render: (value?: string) => value ?? '—' },
          { title: t('kf.col.nickname'), dataIndex: 'nickname', render: (value?: string) => value ?? '—' },
          {
            title: t('kf.col.state'),
            render: (_, row) => <KfState row={row} enabled={settings?.enabled ?? false} t={t} />,
          },
        ]}
      />
    </>
  );
}

function KfState({ row, enabled, t }: { row: AgentKfAccount; enabled: boolean; t: Translate }) {
  if (!enabled) return <Tag>{t('kf.state.off')}</Tag>;
  if (row.errorReason) {
    const reason = t(row.errorReason as MessageKey);
    return (
      <Tag color="error">
        {row.errorCode ? `${reason} · ${t('kf.errcode', { code: row.errorCode })}` : reason}
      </Tag>
    );
  }
  if (row.syncedAt) return <Tag color="success">{t('kf.state.synced')}</Tag>;
  return <Tag color="warning">{t('kf.state.never')}</Tag>;
}

function isFieldError(error: unknown): boolean {
  return error instanceof ApiError && Boolean(error.fields?.wechatId);
}
