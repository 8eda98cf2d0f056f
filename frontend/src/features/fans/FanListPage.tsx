import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../../api/conversations';
import { searchFans, startConversation, type FanListItem, type FanPage } from '../../api/fans';
import { BusyButton } from '../../components/BusyButton';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../i18n/errorText';
import { formatTime } from '../workbench/format';
import { useNow } from '../workbench/useNow';
import { workbenchPathFor } from '../workbench/workbenchPath';
import { sendState } from './sendState';
import { refusalOf, startRefusal, type StartRefusal } from './startState';

const PAGE_SIZE = 20;

/** 粉丝列表: find fans by name, openid or tag, see WeChat's window and quota, start a conversation with them. */
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
              <th>{t('fans.start')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((fan) => (
              <FanRow key={fan.id} fan={fan} onRefused={load} />
            ))}
          </tbody>
        </table>
      )}
      {page && (
        <nav className="fans-pager small">
          <button
            type="button"
            disabled={query.page === 0}
            onClick={() => setQuery({ ...query, page: query.page - 1 })}
          >
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

function FanRow({ fan, onRefused }: { fan: FanListItem; onRefused: () => void }) {
  const { t, lang } = useI18n();
  const now = new Date(useNow());
  const windowOpen = fan.quota.windowEndsAt != null && new Date(fan.quota.windowEndsAt) > now;
  const state = sendState(fan.quota, fan.sendRefusal, now);
  return (
    <tr data-openid={fan.openid}>
      <td>
        {fan.nickname ?? <span className="mono">{fan.openid}</span>}
        {fan.nickname && <div className="mono small muted">{fan.openid}</div>}
        {fan.servingAgent && (
          <div className="small muted">{t('fans.serving', { agent: fan.servingAgent })}</div>
        )}
      </td>
      <td>
        {fan.tags.map((tag) => (
          <span key={tag} className="tag-chip">
            {tag}
          </span>
        ))}
      </td>
      {fan.sendRefusal === 'WEB_VISITOR' ? (
        <td colSpan={2}>
          <span className="badge">{t('fans.webVisitor')}</span>
        </td>
      ) : (
        <>
          <td>
            {windowOpen && fan.quota.windowEndsAt ? (
              t('fans.windowOpen', { time: formatTime(fan.quota.windowEndsAt, lang, now) })
            ) : (
              <span className="muted">{t('fans.windowClosed')}</span>
            )}
          </td>
          <td>{state.allowed ? state.remaining : 0}</td>
        </>
      )}
      <td>
        <StartConversationForm fan={fan} refusal={startRefusal(fan, now)} onRefused={onRefused} />
      </td>
    </tr>
  );
}

/**
 * 发起会话: the agent's first text opens a conversation the agent serves; the workbench then opens on it.
 * Disabled with the reason when the list already knows the server would refuse.
 */
function StartConversationForm({
  fan,
  refusal,
  onRefused,
}: {
  fan: FanListItem;
  refusal: StartRefusal | null;
  onRefused: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  // The refusal is kept with its text so that, once the reloaded list shows the same reason, it is said once.
  const [failure, setFailure] = useState<{ text: string; reason: StartRefusal | null } | null>(null);
  // One key per text typed, so a double click or a retry after a lost answer starts one conversation.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  async function start(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const started = await startConversation(fan.id, text.trim(), idempotencyKey);
      navigate(workbenchPathFor(started.conversationId));
    } catch (e) {
      const reason = refusalOf(e);
      // The server names who serves an open conversation; the list may not know it yet.
      setFailure({
        text: reason && reason !== 'CONVERSATION_OPEN' ? refusalText(reason) : errorText(e, t),
        reason,
      });
      if (reason) onRefused();
    } finally {
      setBusy(false);
    }
  }

  function refusalText(reason: StartRefusal): string {
    return t(`fans.start.refusal.${reason}`, { agent: fan.servingAgent ?? '' });
  }

  const reasonText = refusal ? refusalText(refusal) : undefined;
  const failureText = failure && failure.reason !== refusal ? failure.text : null;
  return (
    <form className="proactive" onSubmit={(event) => void start(event)}>
      <input
        aria-label={t('fans.start.placeholder')}
        placeholder={t('fans.start.placeholder')}
        value={text}
        disabled={refusal !== null}
        onChange={(event) => {
          setText(event.target.value);
          setIdempotencyKey(newIdempotencyKey());
        }}
      />
      <BusyButton
        type="submit"
        busy={busy}
        label={t('fans.start.submit')}
        busyLabel={t('fans.start.starting')}
        disabled={refusal !== null || text.trim() === ''}
        title={reasonText}
      />
      {reasonText && <p className="muted small refusal">{reasonText}</p>}
      {failureText && (
        <p className="error-text small" role="alert">
          {failureText}
        </p>
      )}
    </form>
  );
}
