import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../api/conversations';
import {
  answerLeftMessage,
  claimLeftMessage,
  listLeftMessages,
  markLeftMessageDone,
  type LeftMessage,
} from '../../api/leftMessages';
import { Alert } from '../../components/Alert';
import { errorText } from '../../i18n/errorText';
import { useI18n } from '../../i18n/I18nProvider';
import { formatTime } from './format';
import { workbenchKeys } from './workbenchQueries';

const ANSWER_MAX = 600;

/**
 * The messages fans left when nobody could answer (留言), for the agents of their accounts: the live
 * events say when the list changed, and it is read again. Open and claimed ones first; handled ones
 * stay listed for a while, greyed.
 */
export function LeftMessagesPanel({ me }: { me: string }) {
  const { t } = useI18n();
  const todos = useQuery({
    queryKey: workbenchKeys.leftMessages,
    queryFn: listLeftMessages,
    refetchOnWindowFocus: false,
  });
  if (todos.isError) return <Alert message={errorText(todos.error, t)} />;
  const pending = (todos.data ?? []).filter((todo) => todo.status !== 'HANDLED');
  return (
    <section
      className="left-messages"
      aria-label={t('leftMessages.title')}
      data-testid="left-messages"
      data-loaded={todos.isSuccess}
    >
      <h2>
        {t('leftMessages.title')}{' '}
        <Badge count={pending.length} showZero color={pending.length > 0 ? 'orange' : 'gray'} />
      </h2>
      {todos.data?.length === 0 && <p className="small muted">{t('leftMessages.none')}</p>}
      {todos.data?.map((todo) => (
        <LeftMessageItem key={todo.id} todo={todo} me={me} />
      ))}
    </section>
  );
}

function LeftMessageItem({ todo, me }: { todo: LeftMessage; me: string }) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const [answering, setAnswering] = useState(false);
  const [text, setText] = useState('');
  // One key per text typed: a double click or a retry after a lost answer sends one answer.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function act(action: () => Promise<LeftMessage>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      setAnswering(false);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
      void client.invalidateQueries({ queryKey: workbenchKeys.leftMessages });
    }
  }

  const handled = todo.status === 'HANDLED';
  const mine = todo.status === 'OPEN' || todo.claimedBy === me;
  return (
    <article
      className={`left-message card${handled ? ' muted' : ''}`}
      data-testid="left-message"
      data-status={todo.status}
    >
      <header className="small">
        <strong>{todo.fanName ?? todo.openid}</strong> · {formatTime(todo.leftAt, lang)}{' '}
        <Tag color={handled ? 'default' : todo.status === 'CLAIMED' ? 'blue' : 'orange'}>
          {t(`leftMessages.status.${todo.status}`, {
            agent: (handled ? todo.handledBy : todo.claimedBy) ?? '',
          })}
        </Tag>
      </header>
      {todo.messages.map((line, index) => (
        <p key={index} className="left-message-line">
          {line.text}
        </p>
      ))}
      {todo.leftOn === 'H5' && (
        <p className="small muted" data-testid="left-on-page">
          {t(todo.webVisitor ? 'leftMessages.onPageAnonymous' : 'leftMessages.onPage')}
        </p>
      )}
      <Alert message={failure ? errorText(failure, t) : null} />
      {!handled && mine && !answering && (
        <Space size="small" wrap>
          {todo.status === 'OPEN' && (
            <Button size="small" loading={busy} onClick={() => void act(() => claimLeftMessage(todo.id))}>
              {t('leftMessages.claim')}
            </Button>
          )}
          <Button size="small" type="primary" onClick={() => setAnswering(true)}>
            {t('leftMessages.answer')}
          </Button>
          <Button size="small" loading={busy} onClick={() => void act(() => markLeftMessageDone(todo.id))}>
            {t('leftMessages.done')}
          </Button>
        </Space>
      )}
      {answering && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label={t('leftMessages.answerPlaceholder')}
            placeholder={t('leftMessages.answerPlaceholder')}
            rows={2}
            maxLength={ANSWER_MAX}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setIdempotencyKey(newIdempotencyKey());
            }}
          />
          <Space size="small">
            <Button
              size="small"
              type="primary"
              loading={busy}
              disabled={text.trim() === ''}
              onClick={() => void act(() => answerLeftMessage(todo.id, text.trim(), idempotencyKey))}
            >
              {t('leftMessages.send')}
            </Button>
            <Button size="small" onClick={() => setAnswering(false)}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Space>
      )}
    </article>
  );
}
