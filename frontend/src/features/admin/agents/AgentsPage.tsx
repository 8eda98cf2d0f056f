import { useCallback, useEffect, useState } from 'react';
import {
  listAgentProfiles,
  listUsers,
  updateUser,
  type AgentProfile,
  type DeskUser,
} from '../../../api/agents';
import { listQueues, type Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { roleLabel } from '../../../i18n/roleLabel';
import { AgentEditor } from './AgentEditor';
import { NewUserForm } from './NewUserForm';
import { PasswordResetForm } from './PasswordResetForm';

type RowForm = { userId: number; form: 'edit' | 'password' };

/** 座席: every desk user with their agent settings; create, edit, reset passwords, disable and enable them. */
export function AgentsPage() {
  const t = useT();
  const [users, setUsers] = useState<DeskUser[] | null>(null);
  const [profiles, setProfiles] = useState<AgentProfile[]>([]);
  const [queues, setQueues] = useState<Queue[]>([]);
  const [open, setOpen] = useState<RowForm | null>(null);
  const [passwordResetFor, setPasswordResetFor] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const refresh = useCallback(() => {
    Promise.all([listUsers(), listAgentProfiles(), listQueues()])
      .then(([loadedUsers, loadedProfiles, loadedQueues]) => {
        setUsers(loadedUsers);
        setProfiles(loadedProfiles);
        setQueues(loadedQueues);
      })
      .catch(setFailure);
  }, []);
  useEffect(refresh, [refresh]);

  async function toggleEnabled(user: DeskUser) {
    try {
      await updateUser(user.id, {
        displayName: user.displayName,
        avatarUrl: user.avatarUrl,
        enabled: !user.enabled,
      });
      setFailure(null);
      refresh();
    } catch (caught) {
      setFailure(caught);
    }
  }

  const queueName = (id: number) => queues.find((queue) => queue.id === id)?.name ?? `#${id}`;

  return (
    <section>
      <h1>{t('ac.agents.title')}</h1>
      <Alert message={failure ? errorText(failure, t) : null} />
      {users && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('ac.agents.displayName')}</th>
                <th>{t('ac.agents.role')}</th>
                <th>{t('ac.agents.status')}</th>
                <th>{t('ac.agents.maxConcurrent')}</th>
                <th>{t('ac.agents.queues')}</th>
                <th>{t('ac.agents.skills')}</th>
                <th>{t('ac.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const profile = profiles.find((p) => p.userId === user.id);
                return (
                  <tr key={user.id} className={user.enabled ? undefined : 'disabled-row'}>
                    <td>
                      {user.avatarUrl && <img className="avatar" src={user.avatarUrl} alt="" />}
                      {user.displayName} <span className="muted">({user.username})</span>
                      {!user.enabled && <span className="badge">{t('ac.agents.disabled')}</span>}
                    </td>
                    <td>{roleLabel(user.role, t)}</td>
                    <td>{profile ? t(`ac.agents.status.${profile.status}` as MessageKey) : '—'}</td>
                    <td>{profile ? `${profile.activeCount} / ${profile.maxConcurrent}` : '—'}</td>
                    <td>{profile?.queueIds.map(queueName).join('、') || '—'}</td>
                    <td>
                      {profile
                        ? Object.entries(profile.skills)
                            .map(([skill, level]) => `${skill}:${level}`)
                            .join('、') || '—'
                        : '—'}
                    </td>
                    <td>
                      {open?.userId === user.id ? (
                        <>
                          {open.form === 'edit' ? (
                            <AgentEditor
                              user={user}
                              profile={profile}
                              queues={queues}
                              onSaved={() => {
                                setOpen(null);
                                refresh();
                              }}
                              onAvatarUploaded={refresh}
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
                          <button type="button" onClick={() => setOpen(null)}>
                            {t('common.cancel')}
                          </button>
                        </>
                      ) : (
                        <>
                          {passwordResetFor === user.id && (
                            <Alert tone="success" message={t('ac.agents.passwordReset')} />
                          )}
                          <button type="button" onClick={() => setOpen({ userId: user.id, form: 'edit' })}>
                            {t('ac.common.edit')}
                          </button>{' '}
                          <button
                            type="button"
                            onClick={() => {
                              setPasswordResetFor(null);
                              setOpen({ userId: user.id, form: 'password' });
                            }}
                          >
                            {t('ac.agents.resetPassword')}
                          </button>{' '}
                          <button type="button" onClick={() => void toggleEnabled(user)}>
                            {t(user.enabled ? 'ac.agents.disable' : 'ac.agents.enable')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <NewUserForm onCreated={refresh} />
    </section>
  );
}
