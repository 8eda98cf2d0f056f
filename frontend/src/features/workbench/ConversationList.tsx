import { Badge } from 'antd';
import type { ConversationSummary } from '../../api/workbench';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { ChannelBadge } from './ChannelBadge';
import { formatDuration, secondsLeft, secondsSince } from './countdown';
import { toDisplay } from './emoji';
import { kindLabel } from './messageKind';
import { useNow } from './useNow';

interface ConversationListProps {
  conversations: ConversationSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

export function ConversationList({ conversations, selectedId, onSelect }: ConversationListProps) {
  const t = useT();
  if (conversations.length === 0) return <p className="muted small">{t('conversations.empty')}</p>;
  return (
    <ul className="conversation-list">
      {conversations.map((conversation) => (
        <li key={conversation.id}>
          <button
            type="button"
            data-testid="conversation-item"
            data-conversation-id={conversation.id}
            data-status={conversation.status}
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
                <Badge
                  className="unread"
                  count={conversation.unread}
                  aria-label={t('conversations.unread', { n: conversation.unread })}
                />
              )}
            </span>
            <span className="conversation-last" data-testid="conversation-last">
              {lastLine(conversation, t)}
            </span>
            {conversation.status === 'ENDED' && <span className="muted small">{t('status.ENDED')}</span>}
            {conversation.status === 'CHATTING' && conversation.waitingSince && (
              <Waiting
                since={conversation.waitingSince}
                remindSeconds={conversation.remindSeconds ?? null}
                remindText={conversation.remindText}
              />
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface WaitingProps {
  /** The visitor's first message after the last reply of any agent. */
  since: string;
  /** The account's reply-reminder time; null when the account does not remind agents. */
  remindSeconds: number | null;
  remindText: string;
}

/** How long the visitor has waited, and the response-timeout countdown that turns into the reminder. */
export function Waiting({ since, remindSeconds, remindText }: WaitingProps) {
  const t = useT();
  const now = useNow();
  const waited = (
    <span className="small muted" data-testid="waited" data-since={since}>
      {t('conversations.waited', { time: formatDuration(secondsSince(since, now)) })}
    </span>
  );
  if (remindSeconds === null) return waited;
  const left = secondsLeft(since, remindSeconds, now);
  return (
    <>
      {waited}
      <span
        data-testid="reminder"
        data-remind-seconds={remindSeconds}
        className={left === 0 ? 'reminder reminder-due' : 'reminder'}
      >
        {left === 0 ? remindText : t('reminder.countdown', { time: formatDuration(left) })}
      </span>
    </>
  );
}

/** The last line as the list shows it: its text, after its kind where it is not text (图片, 语音 …). */
function lastLine(conversation: ConversationSummary, t: Translate): string {
  const text = toDisplay(conversation.lastMessageText ?? '');
  const kind = conversation.lastMessageKind;
  return kind && kind !== 'TEXT' ? `${kindLabel(kind, t)} ${text}`.trim() : text;
}
