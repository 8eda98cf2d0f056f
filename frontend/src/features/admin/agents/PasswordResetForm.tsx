import { useState, type FormEvent } from 'react';
import { resetPassword, type DeskUser } from '../../../api/agents';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { useCheckedSubmit } from '../useCheckedSubmit';
import { isValidPassword } from './agentValidation';

/** A new password for a user who forgot theirs or locked themselves out. */
export function PasswordResetForm({ user, onDone }: { user: DeskUser; onDone: () => void }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const problems = isValidPassword(password) ? {} : { password: 'ac.agents.passwordInvalid' as const };
  const {
    formRef,
    attempted,
    serverErrors,
    busy,
    failure,
    submit: checkedSubmit,
  } = useCheckedSubmit(problems);
  const error = serverErrors.password ?? (attempted && problems.password ? t(problems.password) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await checkedSubmit(() => resetPassword(user.id, password))) onDone();
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id={`agent-${user.id}-newPassword`}
        label={t('ac.agents.newPassword')}
        type="password"
        autoComplete="new-password"
        value={password}
        error={error}
        hint={t('ac.agents.newPasswordHint')}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Alert message={failure ? errorText(failure, t) : null} />
      <BusyButton
        type="submit"
        className="primary"
        busy={busy}
        label={t('ac.agents.resetPassword')}
        busyLabel={t('ac.common.saving')}
      />
    </form>
  );
}
