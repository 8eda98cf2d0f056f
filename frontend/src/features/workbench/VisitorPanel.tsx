import { useQueryClient } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useCallback } from 'react';
import type { FanTags, PastConversation, VisitorProfile } from '../../api/fans';
import type { ConversationSummary } from '../../api/workbench';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { errorText } from '../../i18n/errorText';
import { formatTime } from './format';
import { TagEditor } from './TagEditor';
import { useVisitor, workbenchKeys } from './workbenchQueries';

/**
 * Who the visitor is. Read through TanStack Query, so that the workbench's events (a rating, tags
 * changed by another agent or an admin, a proactive message) make it read the profile again.
 */
export function VisitorPanel({ conversation }: { conversation: ConversationSummary }) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const visitor = useVisitor(conversation.id);
  const profile = visitor.data ?? null;
  const error = visitor.error ? errorText(visitor.error, t) : null;

  const tagsChanged = useCallback(
    (tags: FanTags) =>
      client.setQueryData<VisitorProfile>(
        workbenchKeys.visitor(conversation.id),
        (loaded) => loaded && { ...loaded, tags },
      ),
    [client, conversation.id],
  );

  const unknown = <span className="muted">{t('visitor.unknown')}</span>;
  return (
    <section className="visitor card" aria-label={t('visitor.title')} data-testid="visitor-panel">
      <h2>{t('visitor.title')}</h2>
      {profile?.avatarUrl && (
        <img className="visitor-avatar" src={profile.avatarUrl} alt={t('visitor.avatar')} />
      )}
      <dl>
        <dt>{t('visitor.name')}</dt>
        <dd>
          {profile?.nickname ?? conversation.fanName}
          {profile?.vip && (
            <Tag className="visitor-flag" color="gold">
              {t('visitor.vip')}
            </Tag>
          )}
          {profile?.designated && (
            <Tag className="visitor-flag" color="blue">
              {t('visitor.designated')}
            </Tag>
          )}
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
        {profile && (
          <>
            <dt>{t('visitor.thisRating')}</dt>
            <dd data-testid="visitor-rating">
              {profile.rating ? (
                <span className="visitor-rating">
                  {ratingText(profile.rating.rating, profile.rating.label, profile.rating.solved, t)}
                </span>
              ) : (
                <span className="muted">{t('visitor.notRated')}</span>
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
              {ratingText(past.rating, past.ratingLabel, past.solved, t)}
            </span>
          ) : (
            <span className="muted">{t('visitor.notRated')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function ratingText(
  rating: number,
  label: string | null | undefined,
  solved: boolean | null | undefined,
  t: Translate,
): string {
  const rated = t('visitor.rated', { label: label ?? String(rating), rating });
  return solved == null ? rated : `${rated} · ${solved ? t('visitor.solvedYes') : t('visitor.solvedNo')}`;
}
