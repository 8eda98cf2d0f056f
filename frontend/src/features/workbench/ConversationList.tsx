import type { ConversationSummary } from '../../api/workbench';
import { useT } from '../../i18n/I18nProvider';
import { ChannelBadge } from './ChannelBadge';
import { formatDuration, secondsLeft, secondsSince } from './countdown';
import { toDisplay } from './emoji';
import { useNow } from './useNow';

interface ConversationListProps {
  conversations: ConversationSummary[];
  selectedId: number | null;
  reminders: Record<number, string>;
  remindSeconds: number;
  remindText: string;
  onSelect: (id: number) => void;
}

export function ConversationList({
  conversations,
  selectedId,
  reminders,
  remindSeconds,
  remindText,
  onSelect,
}: ConversationListProps) {
  const t = useT();
  if (conversations.length === 0) return <p className="muted small">{t('conversations.empty')}</p>;
  return (
    <ul className="conversation-list">
      {conversations.map((conversation) => (
        <li key={conversation.id}>
          <button
            type="button"
            data-testid="conversation-item"
            className="conversation-item"
            aria-current={conversation.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(conversation.id)}
          >
            <span className="conversation-head">
              <ChannelBadge conversation={conversation} />
              <span className="conversation-name">{conversation.fanName}</span>
              {conversation.openid && conversation.openid !== conversation.fanName && (
                <span className="conversation-openid mono small muted">{conversation.openid}</span>
              )}
              {conversation.unread > 0 && (
                <span className="unread" aria-label={t('conversations.unread', { n: conversation.unread })}>
                  {conversation.unread}
                </span>
              )}
            </span>
            <span className="conversation-last">{toDisplay(conversation.lastMessageText ?? '')}</span>
            {conversation.status === 'ENDED' && <span className="muted small">{t('status.ENDED')}</span>}
            {conversation.waitingSince && (
              <Waiting
                since={conversation.waitingSince}
                remindSeconds={remindSeconds}
                prompt={reminders[conversation.id] ?? null}
                remindText={remindText}
              />
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface WaitingProps {
  since: string;
  remindSeconds: number;
  /** From a REMINDER event: the server says the reply is overdue. */
  prompt: string | null;
  remindText: string;
}

/** How long the visitor has waited, and the response-timeout countdown that turns into the reminder. */
export function Waiting({ since, remindSeconds, prompt, remindText }: WaitingProps) {
  const t = useT();
  const now = useNow();
  const left = secondsLeft(since, remindSeconds, now);
  const due = prompt !== null || left === 0;
  return (
    <>
      <span className="small muted">
        {t('conversations.waited', { time: formatDuration(secondsSince(since, now)) })}
      </span>
      <span data-testid="reminder" className={due ? 'reminder reminder-due' : 'reminder'}>
        {due ? (prompt ?? remindText) : t('reminder.countdown', { time: formatDuration(left) })}
      </span>
    </>
  );
}
