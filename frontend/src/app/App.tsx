import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { fetchCurrentUser, logout, type User } from '../api/auth';
import { setUnauthorizedHandler } from '../api/client';
import { Alert } from '../components/Alert';
import { fetchDemoInfo, type DemoInfo } from '../api/demo';
import { LoginPage } from '../features/auth/LoginPage';
import { FanSimulator } from '../features/simulator/FanSimulator';
import { errorText } from '../i18n/errorText';
import { setDeskTimeZone } from '../i18n/deskTimeZone';
import { useT } from '../i18n/I18nProvider';
import { Shell } from './Shell';

type Session = { kind: 'loading' } | { kind: 'anonymous' } | { kind: 'user'; user: User };

export function App() {
  const t = useT();
  const [session, setSession] = useState<Session>({ kind: 'loading' });
  const [failure, setFailure] = useState<unknown>(null);
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  const { pathname } = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    setUnauthorizedHandler(() => setSession({ kind: 'anonymous' }));
    fetchCurrentUser()
      .then((user) => setSession(user ? { kind: 'user', user } : { kind: 'anonymous' }))
      .catch((error: unknown) => {
        setFailure(error);
        setSession({ kind: 'anonymous' });
      });
    void fetchDemoInfo().then(setDemo);
    return () => setUnauthorizedHandler(null);
  }, []);

  async function signOut() {
    try {
      await logout();
    } finally {
      setSession({ kind: 'anonymous' });
    }
  }

  // The simulator stands for a fan, who has no desk login; it exists only in demo mode.
  if (pathname === '/simulator') return <FanSimulator />;
  if (session.kind === 'user') setDeskTimeZone(session.user.timeZone);
  if (session.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (session.kind === 'anonymous') {
    return (
      <>
        <Alert message={failure ? errorText(failure, t) : null} />
        <LoginPage
          demo={demo}
          onLoggedIn={(user) => {
            setFailure(null);
            navigate('/');
            setSession({ kind: 'user', user });
          }}
        />
      </>
    );
  }
  return <Shell user={session.user} onLogout={signOut} />;
}
