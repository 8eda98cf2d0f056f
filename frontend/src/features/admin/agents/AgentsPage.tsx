import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Space, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import {
  listAgentProfiles,
  listUsers,
  updateUser,
  type AgentProfile,
  type AgentStatus,
  type DeskUser,
} from '../../../api/agents';
import { listQueues } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { roleLabel } from '../../../i18n/roleLabel';
import { useStompFeed } from '../../../realtime/useStompFeed';
import { AgentEditor } from './AgentEditor';
import { NewUserForm } from './NewUserForm';
import { PasswordResetForm } from './PasswordResetForm';

type RowForm = { userId: number; form: 'edit' | 'password' };

const USERS = ['admin', 'users'];
const PROFILES = ['admin', 'agents'];
export const AGENT_STATUS_FEED = '/user/queue/agent-status';
const STATUS_BADGE: Record<AgentStatus, 'success' | 'warning' | 'default'> = {
  ONLINE: 'success',
  BUSY: 'warning',
  OFFLINE: 'default',
};

/** What the server pushes when an agent's status changes (see AgentStatusFeed). */
type AgentStatusNotice = { agentId: number; username: string; status: AgentStatus };

/** 座席: every desk user with their agent settings; create, edit, reset passwords, disable and enable them. */
export function AgentsPage() {
  const t = useT();
  const { modal } = App.useApp();
  const cache = useQueryClient();
  const users = useQuery({ queryKey: USERS, queryFn: listUsers });
  const profiles = useQuery({ queryKey: PROFILES, queryFn: listAgentProfiles });
  const queues = useQuery({ queryKey: ['admin', 'queues'], queryFn: listQueues });
  const [open, setOpen] = useState<RowForm | null>(null);
  const [passwordResetFor, setPasswordResetFor] = useState<number | null>(null);
  const showStatus = useCallback(
    (notice: AgentStatusNotice) =>
      cache.setQueryData<AgentProfile[]>(PROFILES, (list) =>
        list?.map((profile) =>
          profile.userId === notice.agentId ? { ...profile, status: notice.status } : profile,
        ),
      ),
    [cache],
  );
  const readStatusesAgain = useCallback(() => void cache.invalidateQueries({ queryKey: PROFILES }), [cache]);
  // Who is online changes without the admin's doing: the screen follows it as it happens.
  useStompFeed(AGENT_STATUS_FEED, showStatus, readStatusesAgain);
  const refresh = () =>
    Promise.all([
      cache.invalidateQueries({ queryKey: USERS }),
      cache.invalidateQueries({ queryKey: PROFILES }),
    ]);
  const enabling = useMutation({
    mutationFn: (user: DeskUser) =>
      updateUser(user.id, {
        displayName: user.displayName,
        avatarUrl: user.avatarUrl,
        enabled: !user.enabled,
      }),
    onSuccess: refresh,
  });

  function toggleEnabled(user: DeskUser) {
    if (!user.enabled) return enabling.mutate(user);
    // Disabling ends the user's sessions at once: worth a second look.
    modal.confirm({
      title: t('ac.agents.confirmDisable', { name: user.displayName }),
      okText: t('ac.agents.disable'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => enabling.mutate(user),
    });
  }

  const profileOf = (user: DeskUser) => profiles.data?.find((p) => p.userId === user.id);
  const queueName = (id: number) => queues.data?.find((queue) => queue.id === id)?.name ?? `#${id}`;
  const failure = users.error ?? profiles.error ?? queues.error ?? enabling.error;

  return (
    <section>
      <h1>{t('ac.agents.title')}</h1>
      <Alert message={failure ? errorText(failure, t) : null} />
      <Table<DeskUser>
        rowKey="id"
        loading={users.isFetching || profiles.isFetching}
        dataSource={users.data ?? []}
        pagination={false}
        rowClassName={(user) => (user.enabled ? '' : 'disabled-row')}
        columns={[
          {
            title: t('ac.agents.displayName'),
            key: 'name',
            sorter: (a, b) => a.displayName.localeCompare(b.displayName),
            render: (_, user) => (
              <>
                {user.avatarUrl && <img className="avatar" src={user.avatarUrl} alt="" />}
                {user.displayName} <span className="muted">({user.username})</span>
                {!user.enabled && <Tag>{t('ac.agents.disabled')}</Tag>}
              </>
            ),
          },
          { title: t('ac.agents.role'), dataIndex: 'role', render: (role: string) => roleLabel(role, t) },
          {
            title: t('ac.agents.status'),
            key: 'status',
            render: (_, user) => {
              const profile = profileOf(user);
              if (!profile) return '—';
              return (
                <Badge
                  data-testid={`agent-status-${user.username}`}
                  status={STATUS_BADGE[profile.status]}
                  text={t(`ac.agents.status.${profile.status}` as MessageKey)}
                />
              );
            },
          },
          {
            title: t('ac.agents.maxConcurrent'),
            key: 'limit',
            render: (_, user) => {
              const profile = profileOf(user);
              return profile ? `${profile.activeCount} / ${profile.maxConcurrent}` : '—';
            },
          },
          {
            title: t('ac.agents.queues'),
            key: 'queues',
            render: (_, user) => profileOf(user)?.queueIds.map(queueName).join('、') || '—',
          },
          {
            title: t('ac.agents.skills'),
            key: 'skills',
            render: (_, user) =>
              Object.entries(profileOf(user)?.skills ?? {})
                .map(([skill, level]) => `${skill}:${level}`)
                .join('、') || '—',
          },
          {
            title: t('ac.common.actions'),
            key: 'actions',
            render: (_, user) =>
              open?.userId === user.id ? (
                <>
                  {open.form === 'edit' ? (
                    <AgentEditor
                      user={user}
                      profile={profileOf(user)}
                      queues={queues.data ?? []}
                      onSaved={() => {
                        setOpen(null);
                        void refresh();
                      }}
                      onAvatarUploaded={() => void refresh()}
                    />
                  ) : (
                    <PasswordResetForm
                      user={user}
                      onDone={() => {
                        setOpen(null);
                        setPasswordResetFor(user.id);
                      }}
                    />
                  )}
                  <Button onClick={() => setOpen(null)}>{t('common.cancel')}</Button>
                </>
              ) : (
                <>
                  {passwordResetFor === user.id && (
                    <Alert tone="success" message={t('ac.agents.passwordReset')} />
                  )}
                  <Space wrap>
                    <Button onClick={() => setOpen({ userId: user.id, form: 'edit' })}>
                      {t('ac.common.edit')}
                    </Button>
                    <Button
                      onClick={() => {
                        setPasswordResetFor(null);
                        setOpen({ userId: user.id, form: 'password' });
                      }}
                    >
                      {t('ac.agents.resetPassword')}
                    </Button>
                    <Button danger={user.enabled} onClick={() => toggleEnabled(user)}>
                      {t(user.enabled ? 'ac.agents.disable' : 'ac.agents.enable')}
                    </Button>
                  </Space>
                </>
              ),
          },
        ]}
      />
      <NewUserForm onCreated={() => void refresh()} />
    </section>
  );
}
