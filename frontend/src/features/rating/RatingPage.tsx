import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { fetchRatingPage, submitRating, type RatingPageView } from '../../api/ratingPage';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { labelOf, ratingProblem, type RatingChoice } from './ratingForm';

type Load =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; view: RatingPageView };

/**
 * The page a fan opens from the rating template message, inside WeChat's browser: no login, the link's
 * token is enough. A fan may rate again while the invitation is open; the last rating counts.
 */
export function RatingPage({ token }: { token: string }) {
  const t = useT();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [choice, setChoice] = useState<RatingChoice>({ rating: null, solved: null });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [thanked, setThanked] = useState(false);

  useEffect(() => {
    fetchRatingPage(token)
      .then((view) => {
        setLoad({ kind: 'ready', view });
        setChoice({ rating: view.rating ?? null, solved: view.solved ?? null });
      })
      .catch((error: unknown) =>
        setLoad(
          error instanceof ApiError && error.status === 404 ? { kind: 'missing' } : { kind: 'failed', error },
        ),
      );
  }, [token]);

  if (load.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (load.kind === 'missing')
    return (
      <RatingFrame>
        <p className="card">{t('rating.notFound')}</p>
      </RatingFrame>
    );
  if (load.kind === 'failed')
    return (
      <RatingFrame>
        <Alert message={errorText(load.error, t)} />
      </RatingFrame>
    );

  const view = load.view;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = ratingProblem(choice, view.solvedQuestion);
    if (missing) {
      setProblem(t(missing));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const saved = await submitRating(token, choice.rating as number, choice.solved);
      setLoad({ kind: 'ready', view: saved });
      setThanked(true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 410) {
        setLoad({ kind: 'ready', view: { ...view, open: false } });
      } else {
        setProblem(errorText(error, t));
      }
    } finally {
      setBusy(false);
    }
  }

  const current = labelOf(view.labels, view.rating ?? null);
  return (
    <RatingFrame>
      <p>{t('rating.intro', { account: view.accountName })}</p>
      {current && <p className="muted">{t('rating.current', { label: current })}</p>}
      {thanked && <Alert tone="success" message={t('rating.thanks')} />}
      {!view.open ? (
        <p className="card">{t('rating.expired')}</p>
      ) : (
        <form onSubmit={submit} className="rating-form">
          <fieldset>
            <legend>{t('rating.title')}</legend>
            {view.labels.map((label, index) => (
              <label key={label} className="rating-option">
                <input
                  type="radio"
                  name="rating"
                  value={index + 1}
                  checked={choice.rating === index + 1}
                  onChange={() => setChoice({ ...choice, rating: index + 1 })}
                />
                {label}
              </label>
            ))}
          </fieldset>
          {view.solvedQuestion !== 'OFF' && (
            <fieldset>
              <legend>
                {t('rating.solvedQuestion')}
                {view.solvedQuestion === 'REQUIRED' && ` ${t('rating.solvedRequired')}`}
              </legend>
              <label className="rating-option">
                <input
                  type="radio"
                  name="solved"
                  checked={choice.solved === true}
                  onChange={() => setChoice({ ...choice, solved: true })}
                />
                {t('rating.solvedYes')}
              </label>
              <label className="rating-option">
                <input
                  type="radio"
                  name="solved"
                  checked={choice.solved === false}
                  onChange={() => setChoice({ ...choice, solved: false })}
                />
                {t('rating.solvedNo')}
              </label>
            </fieldset>
          )}
          <Alert message={problem} />
          <BusyButton
            type="submit"
            busy={busy}
            label={t('rating.submit')}
            busyLabel={t('rating.submitting')}
          />
        </form>
      )}
    </RatingFrame>
  );
}

function RatingFrame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <main className="rating-page">
      <header className="rating-header">
        <h1>{t('rating.title')}</h1>
        <LanguageSwitch />
      </header>
      {children}
    </main>
  );
}
