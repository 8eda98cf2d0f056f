import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  listAccounts,
  removePreviousEncodingAesKey,
  setAccountEnabled,
  setH5Authorization,
  unbindAccount,
  type Account,
  type H5Authorization,
} from '../../../api/accounts';
import { listAuthorizers } from '../../../api/component';
import { Alert } from '../../../components/Alert';
import { CopyField } from '../../../components/CopyField';
import { errorText } from '../../../i18n/errorText';
import { wordError } from '../../../i18n/errors';
import { useI18n } from '../../../i18n/I18nProvider';
import { useConfirm } from '../useConfirm';
import { AuthorizerSummary } from './AuthorizerSummary';
import { BindWizard } from './BindWizard';
import { DomainVerificationField } from './DomainVerificationField';
import { EditAccountModal } from './EditAccountModal';
import { H5AuthorizationSelect } from './H5AuthorizationSelect';
import { RotateKeyModal } from './RotateKeyModal';

const REFRESH_MS = 10_000;
const ACCOUNTS = ['admin', 'accounts'];
const AUTHORIZERS = ['admin', 'component', 'authorizers'];

type OpenForm = { accountId: number; form: 'edit' | 'rotate' };

/** 公众号接入: the bound accounts with their state and WeChat status; bind, edit, disable, unbind them. */
export function AccountsPage() {
  const { t, lang } = useI18n();
  const confirm = useConfirm();
  const cache = useQueryClient();
  const accounts = useQuery({ queryKey: ACCOUNTS, queryFn: listAccounts, refetchInterval: REFRESH_MS });
  const authorizers = useQuery({
    queryKey: AUTHORIZERS,
    queryFn: listAuthorizers,
    enabled: accounts.data?.some((account) => account.binding === 'COMPONENT') ?? false,
    refetchInterval: REFRESH_MS,
  });
  const [binding, setBinding] = useState(false);
  const [open, setOpen] = useState<OpenForm | null>(null);
  // WeChat's authorization page sends the admin back here with the outcome (see AuthorizationController).
  const [outcome] = useSearchParams();
  const authorizedAppId = outcome.get('authorized');
  const authorizationError = outcome.get('authorizationError');

  // Exact: the accounts' own queries (their domain files) below this key are not the list.
  const refresh = () => cache.invalidateQueries({ queryKey: ACCOUNTS, exact: true });
  function replace(updated: Account) {
    cache.setQueryData<Account[]>(ACCOUNTS, (list) =>
      list?.map((account) => (account.id === updated.id ? updated : account)),
    );
    void refresh();
  }
  const onChanged = { onSuccess: replace };
  const h5 = useMutation({
    mutationFn: ({ id, mode }: { id: number; mode: H5Authorization }) => setH5Authorization(id, mode),
    ...onChanged,
  });
  const enabling = useMutation({
    mutationFn: ({ id, enabled }: { id: number; enabled: boolean }) => setAccountEnabled(id, enabled),
    ...onChanged,
  });
  const removingPrevious = useMutation({ mutationFn: removePreviousEncodingAesKey, ...onChanged });
  const unbinding = useMutation({
    mutationFn: unbindAccount,
    onSuccess: (_, id) => {
      cache.setQueryData<Account[]>(ACCOUNTS, (list) => list?.filter((account) => account.id !== id));
      void refresh();
    },
  });
  const failure = accounts.error ?? h5.error ?? enabling.error ?? removingPrevious.error ?? unbinding.error;

  async function disable(account: Account) {
    if (
      await confirm(t('accounts.disableConfirm', { name: account.name }), {
        danger: true,
        okText: t('accounts.disable'),
      })
    ) {
      enabling.mutate({ id: account.id, enabled: false });
    }
  }

  async function unbind(account: Account) {
    if (
      await confirm(t('accounts.unbindConfirm', { name: account.name }), {
        danger: true,
        okText: t('accounts.unbind'),
      })
    ) {
      unbinding.mutate(account.id);
    }
  }

  async function removePrevious(account: Account) {
    if (await confirm(t('keys.removeConfirm'), { danger: true })) removingPrevious.mutate(account.id);
  }

  function act(account: Account, action: string) {
    if (action === 'edit' || action === 'rotate') setOpen({ accountId: account.id, form: action });
    if (action === 'disable') void disable(account);
    if (action === 'enable') enabling.mutate({ id: account.id, enabled: true });
    if (action === 'unbind') void unbind(account);
  }

  function time(iso: string | null | undefined) {
    if (!iso) return <span className="muted">{t('accounts.never')}</span>;
    const formatted = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' }).format(
      new Date(iso),
    );
    return <time dateTime={iso}>{formatted}</time>;
  }

  const openAccount = accounts.data?.find((account) => account.id === open?.accountId);
  const close = () => setOpen(null);

  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('accounts.title')}</h1>
          <p className="hint">{t('accounts.refreshHint')}</p>
        </div>
        <Button type="primary" onClick={() => setBinding(true)}>
          {t('accounts.bind')}
        </Button>
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      {authorizedAppId && (
        <Alert tone="success" message={t('accounts.authorized', { appId: authorizedAppId })} />
      )}
      {authorizationError && (
        <Alert
          message={t('accounts.authorizationFailed', {
            reason: wordError(lang, authorizationError, { errcode: outcome.get('errcode') ?? '' }),
          })}
        />
      )}
      <Table<Account>
        rowKey="id"
        loading={accounts.isPending}
        dataSource={accounts.data ?? []}
        pagination={false}
        locale={{ emptyText: t('accounts.empty') }}
        rowClassName={(account) => (account.state === 'ACTIVE' ? '' : 'disabled-row')}
        columns={[
          {
            title: t('accounts.col.account'),
            key: 'account',
            render: (_, account) => (
              <>
                <strong>{account.name}</strong>{' '}
                <Tag color={account.state === 'ACTIVE' ? 'green' : 'default'}>
                  {t(`accounts.state.${account.state}`)}
                </Tag>
                <Tag>{t(`accounts.binding.${account.binding}`)}</Tag>
                {authorizers.data
                  ?.filter((authorizer) => authorizer.accountId === account.id)
                  .map((authorizer) => (
                    <AuthorizerSummary
                      key={authorizer.accountId}
                      name={account.name}
                      authorizer={authorizer}
                    />
                  ))}
                <div className="mono small">{account.originalId}</div>
                <div className="mono small">{account.appId}</div>
                <div className="small">
                  {t('accounts.pushUrl')}: <code>{account.pushUrl}</code>
                </div>
                <CopyField
                  id={`h5-url-${account.id}`}
                  label={t('accounts.h5ChatUrl')}
                  value={account.h5ChatUrl}
                />
                <div className="field">
                  <label htmlFor={`h5-authorization-${account.id}`}>{t('accounts.h5Authorization')}</label>
                  <H5AuthorizationSelect
                    id={`h5-authorization-${account.id}`}
                    value={account.h5Authorization}
                    disabled={h5.isPending}
                    onChange={(mode) => h5.mutate({ id: account.id, mode })}
                  />
                  <p className="hint">{t('accounts.h5AuthorizationHint')}</p>
                </div>
                {account.h5Authorization !== 'NONE' && <DomainVerificationField accountId={account.id} />}
              </>
            ),
          },
          {
            title: t('accounts.col.handshake'),
            key: 'handshake',
            render: (_, account) => time(account.status.handshakeAt),
          },
          {
            title: t('accounts.col.lastMessage'),
            key: 'lastMessage',
            render: (_, account) => time(account.status.lastMessageAt),
          },
          {
            title: t('accounts.col.tokenOk'),
            key: 'tokenOk',
            render: (_, account) => time(account.status.tokenOkAt),
          },
          {
            title: t('accounts.col.lastError'),
            key: 'lastError',
            render: (_, { status }) => (
              <span className={status.lastError ? 'error-text' : 'muted'}>
                {status.lastError ?? t('accounts.noError')}
              </span>
            ),
          },
          {
            title: t('accounts.col.actions'),
            key: 'actions',
            render: (_, account) => (
              <Space direction="vertical" size="small">
                <Dropdown
                  trigger={['click']}
                  menu={{
                    onClick: ({ key }) => act(account, key),
                    items: [
                      // An account bound by QR code has no AppSecret, Token or key of its own to change.
                      ...(account.binding === 'DEVELOPER'
                        ? [
                            { key: 'edit', label: t('accounts.edit') },
                            { key: 'rotate', label: t('keys.rotate') },
                          ]
                        : []),
                      account.state === 'ACTIVE'
                        ? { key: 'disable', label: t('accounts.disable') }
                        : { key: 'enable', label: t('accounts.enable') },
                      { type: 'divider' },
                      { key: 'unbind', label: t('accounts.unbind'), danger: true },
                    ],
                  }}
                >
                  <Button>
                    {t('accounts.more')} <DownOutlined />
                  </Button>
                </Dropdown>
                {account.previousTokenSet && <Tag color="gold">{t('accounts.previousTokenActive')}</Tag>}
                {account.previousEncodingAesKeySet && (
                  <Space wrap size="small">
                    <Tag color="gold">{t('keys.previousActive')}</Tag>
                    <Button
                      size="small"
                      loading={removingPrevious.isPending}
                      onClick={() => void removePrevious(account)}
                    >
                      {t('keys.removePrevious')}
                    </Button>
                  </Space>
                )}
              </Space>
            ),
          },
        ]}
      />
      {openAccount && open?.form === 'edit' && (
        <EditAccountModal
          account={openAccount}
          onCancel={close}
          onSaved={(updated) => {
            close();
            replace(updated);
          }}
        />
      )}
      {openAccount && open?.form === 'rotate' && (
        <RotateKeyModal
          account={openAccount}
          onCancel={close}
          onRotated={(updated) => {
            close();
            replace(updated);
          }}
        />
      )}
      {binding && (
        <BindWizard
          onCreated={() => void refresh()}
          onClose={() => {
            setBinding(false);
            void refresh();
          }}
        />
      )}
    </section>
  );
}
