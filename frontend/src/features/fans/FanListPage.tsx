import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { newIdempotencyKey } from '../../api/conversations';
import { searchFans, sendProactiveText, type FanListItem, type FanPage, type SendRefusal } from '../../api/fans';
import { BusyButton } from '../../components/BusyButton';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../i18n/errorText';
import { formatTime } from '../workbench/format';
import { useNow } from '../workbench/useNow';
import { sendState } from './sendState';

const PAGE_SIZE = 20;

/** 粉丝列表: find fans by name, openid or tag, see WeChat's window and quota, message them proactively. */
export function FanListPage() {
  const { t } = useI18n();
  const [query, setQuery] = useState({ q: '', tag: '', page: 0 });
  const [typed, setTyped] = useState({ q: '', tag: '' });
  const [page, setPage] = useState<FanPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    searchFans({ ...query, size: PAGE_SIZE })
      .then((loaded) => {
        setPage(loaded);
        setError(null);
      })
      .catch((e: unknown) => setError(errorText(e, t)));
  }, [query, t]);

  useEffect(load, [load]);

  function search(event: FormEvent) {
    event.preventDefault();
    setQuery({ q: typed.q.trim(), tag: typed.tag.trim(), page: 0 });
  }

  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;
  return (
    <section className="fans card">
      <h1>{t('fans.title')}</h1>
      <form className="fans-search" onSubmit={search}>
        <input
          aria-label={t('fans.search')}
          placeholder={t('fans.search')}
          value={typed.q}
          onChange={(event) => setTyped({ ...typed, q: event.target.value })}
        />
        <input
          aria-label={t('fans.tagFilter')}
          placeholder={t('fans.tagFilter')}
          value={typed.tag}
          onChange={(event) => setTyped({ ...typed, tag: event.target.value })}
        />
        <button type="submit">{t('fans.searchSubmit')}</button>
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {page && page.items.length === 0 && <p className="muted">{t('fans.empty')}</p>}
      {page && page.items.length > 0 && (
        <table className="fans-table">
          <thead>
            <tr>
              <th>{t('fans.name')}</th>
              <th>{t('fans.tags')}</th>
              <th>{t('fans.window')}</th>
              <th>{t('fans.quota')}</th>
              <th>{t('fans.send')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((fan) => (
              <FanRow key={fan.id} fan={fan} onSent={load} />
            ))}
          </tbody>
        </table>
      )}
      {page && (
        <nav className="fans-pager small">
          <button type="button" disabled={query.page === 0} onClick={() => setQuery({ ...query, page: query.page - 1 })}>
            {t('fans.prev')}
          </button>
          <span>{t('fans.page', { page: query.page + 1, pages, total: page.total })}</span>
          <button
            type="button"
            disabled={query.page + 1 >= pages}
            onClick={() => setQuery({ ...query, page: query.page + 1 })}
          >
            {t('fans.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

function FanRow({ fan, onSent }: { fan: FanListItem; onSent: () => void }) {
  const { t, lang } = useI18n();
  const now = new Date(useNow());
  const windowOpen = fan.quota.windowEndsAt != null && new Date(fan.quota.windowEndsAt) > now;
  const state = sendState(fan.quota, fan.sendRefusal, now);
  return (
    <tr data-openid={fan.openid}>
      <td>
        {fan.nickname ?? <span className="mono">{fan.openid}</span>}
        {fan.nickname && <div className="mono small muted">{fan.openid}</div>}
        {fan.servingAgent && <div className="small muted">{t('fans.serving', { agent: fan.servingAgent })}</div>}
      </td>
      <td>
        {fan.tags.map((tag) => (
          <span key={tag} className="tag-chip">
            {tag}
          </span>
        ))}
      </td>
      <td>
        {windowOpen && fan.quota.windowEndsAt ? (
          t('fans.windowOpen', { time: formatTime(fan.quota.windowEndsAt, lang, now) })
        ) : (
          <span className="muted">{t('fans.windowClosed')}</span>
        )}
      </td>
      <td>{state.allowed ? state.remaining : 0}</td>
      <td>
        <ProactiveForm fanId={fan.id} refusal={state.allowed ? null : state.reason} onSent={onSent} />
      </td>
    </tr>
  );
}

function ProactiveForm({ fanId, refusal, onSent }: { fanId: number; refusal: SendRefusal | null; onSent: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await sendProactiveText(fanId, text.trim(), newIdempotencyKey());
      setText('');
      setOutcome({ ok: true, text: t('fans.sent') });
      onSent();
    } catch (e) {
      const reason = e instanceof ApiError && e.status === 409 ? refusalOf(e) : null;
      setOutcome({ ok: false, text: reason ? t(`fans.refusal.${reason}`) : errorText(e, t) });
    } finally {
      setBusy(false);
    }
  }

  const reasonText = refusal ? t(`fans.refusal.${refusal}`) : undefined;
  return (
    <form className="proactive" onSubmit={(event) => void send(event)}>
      <input
        aria-label={t('fans.sendPlaceholder')}
        placeholder={t('fans.sendPlaceholder')}
        value={text}
        disabled={refusal !== null}
        onChange={(event) => setText(event.target.value)}
      />
      <BusyButton
        type="submit"
        busy={busy}
        label={t('fans.sendSubmit')}
        busyLabel={t('fans.sending')}
        disabled={refusal !== null || text.trim() === ''}
        title={reasonText}
      />
      {reasonText && <p className="muted small refusal">{reasonText}</p>}
      {outcome && (
        <p className={outcome.ok ? 'small' : 'error-text small'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </form>
  );
}

function refusalOf(error: ApiError): SendRefusal | null {
  const reason = error.fields.reason;
  return reason === 'WINDOW_CLOSED' || reason === 'QUOTA_SPENT' ? reason : null;
}
