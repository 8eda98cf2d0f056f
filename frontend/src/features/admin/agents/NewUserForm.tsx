import { useState, type FormEvent } from 'react';
import { createUser, type NewUser, type Role } from '../../../api/agents';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { useCheckedSubmit } from '../useCheckedSubmit';
import { validateNewUser } from './agentValidation';

const EMPTY: NewUser = { username: '', displayName: '', password: '', role: 'AGENT' };

export function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  const [user, setUser] = useState(EMPTY);
  const problems = validateNewUser(user);
  const {
    formRef,
    attempted,
    setAttempted,
    serverErrors,
    busy,
    failure,
    submit: checkedSubmit,
  } = useCheckedSubmit(problems);
  const error = (field: keyof NewUser) =>
    serverErrors[field] ?? (attempted && problems[field] ? t(problems[field]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (
      await checkedSubmit(
        async () => void (await createUser({ ...user, displayName: user.displayName.trim() })),
      )
    ) {
      setUser(EMPTY);
      setAttempted(false);
      onCreated();
    }
  }

  return (
    <form ref={formRef} className="card inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('ac.agents.create')}</h2>
      <Field
        id="user-username"
        label={t('ac.agents.username')}
        autoComplete="off"
        value={user.username}
        error={error('username')}
        onChange={(event) => setUser({ ...user, username: event.target.value })}
      />
      <Field
        id="user-displayName"
        label={t('ac.agents.displayName')}
        value={user.displayName}
        error={error('displayName')}
        onChange={(event) => setUser({ ...user, displayName: event.target.value })}
      />
      <Field
        id="user-password"
        label={t('ac.agents.password')}
        type="password"
        autoComplete="new-password"
        value={user.password}
        error={error('password')}
        hint={t('ac.agents.passwordHint')}
        onChange={(event) => setUser({ ...user, password: event.target.value })}
      />
      <div className="field">
        <label htmlFor="user-role">{t('ac.agents.role')}</label>
        <select
          id="user-role"
          value={user.role}
          onChange={(event) => setUser({ ...user, role: event.target.value as Role })}
        >
          <option value="AGENT">{t('ac.agents.role.AGENT')}</option>
          <option value="ADMIN">{t('ac.agents.role.ADMIN')}</option>
        </select>
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      <BusyButton
        type="submit"
        className="primary"
        busy={busy}
        label={t('ac.agents.create')}
        busyLabel={t('ac.common.saving')}
      />
    </form>
  );
}
