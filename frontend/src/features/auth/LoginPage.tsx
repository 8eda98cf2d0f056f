import { useState, type FormEvent } from 'react';
import { login, type User } from '../../api/auth';
import type { DemoInfo } from '../../api/demo';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { roleLabel } from '../../i18n/roleLabel';

export function LoginPage({
  onLoggedIn,
  demo = null,
}: {
  onLoggedIn: (user: User) => void;
  demo?: DemoInfo | null;
}) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const incomplete = !username.trim() || !password;
    setMissing(incomplete);
    setFailure(null);
    if (incomplete) return;
    setBusy(true);
    try {
      onLoggedIn(await login(username.trim(), password));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} noValidate>
        <div className="login-top">
          <h1>{t('app.name')}</h1>
          <LanguageSwitch />
        </div>
        <h2>{t('login.title')}</h2>
        <Alert message={missing ? t('login.required') : failure ? errorText(failure, t) : null} />
        <Field
          id="login-username"
          label={t('login.username')}
          autoComplete="username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <Field
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <BusyButton
          type="submit"
          className="primary wide"
          busy={busy}
          label={t('login.submit')}
          busyLabel={t('login.submitting')}
        />
      </form>
      {demo && (
        <section className="card login-card demo-logins" aria-label={t('login.demoTitle')}>
          <h2>{t('login.demoTitle')}</h2>
          <p className="muted">{t('login.demoHint')}</p>
          <ul>
            {demo.logins.map((account) => (
              <li key={account.username}>
                <button
                  type="button"
                  onClick={() => {
                    setUsername(account.username);
                    setPassword(account.password);
                  }}
                >
                  {account.username} / {account.password}
                </button>{' '}
                <span className="muted">{roleLabel(account.role, t)}</span>
              </li>
            ))}
          </ul>
          <a href="#/simulator" target="_blank" rel="noreferrer">
            {t('login.demoSimulator')}
          </a>
        </section>
      )}
    </main>
  );
}
