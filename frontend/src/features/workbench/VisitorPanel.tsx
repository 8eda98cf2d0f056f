import { useCallback, useEffect, useState } from 'react';
import { fetchVisitor, type FanTags, type PastConversation, type VisitorProfile } from '../../api/fans';
import type { ConversationSummary } from '../../api/workbench';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../i18n/errorText';
import { formatTime } from './format';
import { TagEditor } from './TagEditor';

export function VisitorPanel({ conversation }: { conversation: ConversationSummary }) {
  const { t, lang } = useI18n();
  const [profile, setProfile] = useState<VisitorProfile | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setProfile(null);
    setError(null);
    fetchVisitor(conversation.id)
      .then((loaded) => current && setProfile(loaded))
      .catch((e: unknown) => current && setError(errorText(e, t)));
    return () => {
      current = false;
    };
  }, [conversation.id, t]);

  const tagsChanged = useCallback(
    (tags: FanTags) => setProfile((loaded) => (loaded ? { ...loaded, tags } : loaded)),
    [],
  );

  const unknown = <span className="muted">{t('visitor.unknown')}</span>;
  return (
    <section className="visitor card" aria-label={t('visitor.title')}>
      <h2>{t('visitor.title')}</h2>
      {profile?.avatarUrl && (
        <img className="visitor-avatar" src={profile.avatarUrl} alt={t('visitor.avatar')} />
      )}
      <dl>
        <dt>{t('visitor.name')}</dt>
        <dd>
          {profile?.nickname ?? conversation.fanName}
          {profile?.vip && <span className="badge visitor-flag">{t('visitor.vip')}</span>}
          {profile?.designated && <span className="badge visitor-flag">{t('visitor.designated')}</span>}
        </dd>
        <dt>{t('visitor.fanId')}</dt>
        <dd className="mono">{conversation.fanId}</dd>
        {profile && (
          <>
            <dt>{t('visitor.openid')}</dt>
            <dd className="mono small">{profile.openid}</dd>
            <dt>{t('visitor.region')}</dt>
            <dd>{profile.region ?? unknown}</dd>
            <dt>{t('visitor.owner')}</dt>
            <dd>
              {profile.owner ? (
                profile.owner.displayName
              ) : (
                <span className="muted">{t('visitor.noOwner')}</span>
              )}
            </dd>
          </>
        )}
        <dt>{t('visitor.status')}</dt>
        <dd>{t(`status.${conversation.status}`)}</dd>
        <dt>{t('visitor.startedAt')}</dt>
        <dd>
          <time dateTime={conversation.startedAt}>{formatTime(conversation.startedAt, lang)}</time>
        </dd>
      </dl>
      {error && (
        <p className="error-text small" role="alert">
          {t('visitor.loadFailed')}: {error}
        </p>
      )}
      {profile && (
        <>
          <h3>{t('tags.title')}</h3>
          <TagEditor
            fanId={profile.fanId}
            accountId={profile.accountId}
            value={profile.tags}
            onChange={tagsChanged}
          />
          <h3>{t('visitor.earlier')}</h3>
          <EarlierConversations conversations={profile.earlierConversations} />
          {profile.proactiveMessages.length > 0 && (
            <>
              <h3>{t('visitor.proactive')}</h3>
              <ul className="visitor-history">
                {profile.proactiveMessages.map((sent) => (
                  <li key={sent.id} className="small">
                    <time dateTime={sent.createdAt}>{formatTime(sent.createdAt, lang)}</time>
                    <span className="muted">
                      {' '}
                      · {sent.requestedBy} · {t(`delivery.${sent.status}`)}
                    </span>
                    <br />
                    {sent.text ?? `[${sent.kind}]`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function EarlierConversations({ conversations }: { conversations: PastConversation[] }) {
  const { t, lang } = useI18n();
  if (conversations.length === 0) return <p className="muted small">{t('visitor.noEarlier')}</p>;
  return (
    <ul className="visitor-history">
      {conversations.map((past) => (
        <li key={past.id} className="small">
          <time dateTime={past.startedAt}>{formatTime(past.startedAt, lang)}</time>
          {past.agentUsername && (
            <span className="muted"> · {t('visitor.servedBy', { agent: past.agentUsername })}</span>
          )}
          <br />
          {past.rating != null ? (
            <span className="visitor-rating">
              {t('visitor.rated', { label: past.ratingLabel ?? String(past.rating), rating: past.rating })}
              {past.solved != null && ` · ${past.solved ? t('visitor.solvedYes') : t('visitor.solvedNo')}`}
            </span>
          ) : (
            <span className="muted">{t('visitor.notRated')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
