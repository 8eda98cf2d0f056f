import { Button, Dropdown, Popover, Progress } from 'antd';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CannedReply } from '../../api/cannedReplies';
import {
  addNote,
  newIdempotencyKey,
  sendMessage,
  uploadMedia,
  type UploadKind,
} from '../../api/conversations';
import { Alert } from '../../components/Alert';
import { errorTextWithFields } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { CannedRepliesMenu } from './CannedRepliesMenu';
import { EmojiPicker } from './EmojiPicker';
import { toDisplay, toWeChat } from './emoji';
import { matchReplies, slashQuery, splice } from './slashCommand';
import { UPLOAD_KINDS, UPLOAD_RULES, uploadProblem } from './uploadRules';

interface ComposerProps {
  conversationId: number;
  cannedReplies: CannedReply[];
  onCannedRepliesChanged: () => Promise<void>;
  draft: string;
  onDraftChange: (text: string) => void;
}

/** A file on its way: uploaded (with its progress in percent), then sent as its kind. */
interface Transfer {
  kind: UploadKind;
  step: 'upload' | 'send';
  percent: number;
}

export function Composer({
  conversationId,
  cannedReplies,
  onCannedRepliesChanged,
  draft,
  onDraftChange,
}: ComposerProps) {
  const t = useT();
  const input = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setTextState] = useState(draft);
  const [cursor, setCursor] = useState(draft.length);
  const [noteMode, setNoteMode] = useState(false);
  const [sending, setSending] = useState(false);
  const [transfer, setTransfer] = useState<Transfer | null>(null);
  const [fileKind, setFileKind] = useState<UploadKind>('IMAGE');
  const [failure, setFailure] = useState<string | null>(null);
  const [menu, setMenu] = useState<'emoji' | 'canned' | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [suggestionsDismissed, setSuggestionsDismissed] = useState(false);
  // One key per text: a retry after a lost response repeats the key, so WeChat gets the message once.
  const idempotencyKey = useRef<string | null>(null);
  const pendingCursor = useRef<number | null>(null);
  const busy = sending || transfer !== null;

  // An insertion moves the cursor behind the inserted text, which is only possible once it is rendered.
  useLayoutEffect(() => {
    const position = pendingCursor.current;
    if (position === null || !input.current) return;
    pendingCursor.current = null;
    input.current.focus();
    input.current.setSelectionRange(position, position);
  });

  const slash = slashQuery(text, cursor);
  const suggestions = slash && !suggestionsDismissed ? matchReplies(cannedReplies, slash.query) : [];

  function setText(value: string, nextCursor: number) {
    setTextState(value);
    setCursor(nextCursor);
    setSuggestionsDismissed(false);
    setHighlighted(0);
    idempotencyKey.current = null;
    onDraftChange(value);
  }

  function replace(start: number, end: number, insert: string) {
    const next = splice(text, start, end, insert);
    pendingCursor.current = next.cursor;
    setText(next.text, next.cursor);
  }

  function insertAtSelection(insert: string) {
    const start = input.current?.selectionStart ?? text.length;
    replace(start, input.current?.selectionEnd ?? start, insert);
  }

  function pickSuggestion(reply: CannedReply) {
    if (slash) replace(slash.start, cursor, reply.text);
  }

  async function send() {
    const body = text.trim();
    if (!body || busy) return;
    setSending(true);
    setFailure(null);
    try {
      if (noteMode) {
        await addNote(conversationId, body);
      } else {
        idempotencyKey.current ??= newIdempotencyKey();
        await sendMessage(
          conversationId,
          { kind: 'TEXT', content: { text: toWeChat(body) } },
          idempotencyKey.current,
        );
      }
      setText('', 0);
    } catch (error) {
      setFailure(errorTextWithFields(error, t));
    } finally {
      setSending(false);
    }
  }

  function chooseFile(kind: UploadKind) {
    setFileKind(kind);
    if (!fileInput.current) return;
    // The chooser opens now, before the next render would set what it accepts.
    fileInput.current.accept = UPLOAD_RULES[kind].accept;
    fileInput.current.click();
  }

  async function sendFile(file: File, kind: UploadKind) {
    const problem = uploadProblem(file, kind);
    if (problem) return setFailure(t(`composer.${problem}.${kind}`));
    setFailure(null);
    setTransfer({ kind, step: 'upload', percent: 0 });
    try {
      const { id } = await uploadMedia(file, kind, (percent) =>
        setTransfer({ kind, step: 'upload', percent }),
      );
      setTransfer({ kind, step: 'send', percent: 100 });
      await sendMessage(conversationId, { kind, content: { mediaId: id } }, newIdempotencyKey());
    } catch (error) {
      setFailure(errorTextWithFields(error, t));
    } finally {
      setTransfer(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter also confirms a candidate in Chinese input methods; that Enter must not send.
    if (event.nativeEvent.isComposing) return;
    if (suggestions.length > 0) {
      const handled =
        ['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape'].includes(event.key) && !event.shiftKey;
      if (!handled) return;
      event.preventDefault();
      if (event.key === 'ArrowDown') setHighlighted((highlighted + 1) % suggestions.length);
      else if (event.key === 'ArrowUp')
        setHighlighted((highlighted - 1 + suggestions.length) % suggestions.length);
      else if (event.key === 'Escape') setSuggestionsDismissed(true);
      else pickSuggestion(suggestions[Math.min(highlighted, suggestions.length - 1)]);
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void send();
    }
  }

  const toggleMenu = (which: 'emoji' | 'canned') => (open: boolean) => setMenu(open ? which : null);

  return (
    <div className={noteMode ? 'composer composer-note' : 'composer'}>
      <div className="composer-tools">
        <Popover
          trigger="click"
          placement="topLeft"
          open={menu === 'emoji'}
          onOpenChange={toggleMenu('emoji')}
          content={
            <EmojiPicker
              floating={false}
              onPick={(code) => {
                // The agent sees the picture; the code goes out at send (toWeChat).
                insertAtSelection(toDisplay(code));
                setMenu(null);
              }}
            />
          }
        >
          <Button size="small" aria-label={t('composer.emoji')} title={t('composer.emoji')}>
            😊
          </Button>
        </Popover>
        <Popover
          trigger="click"
          placement="topLeft"
          open={menu === 'canned'}
          onOpenChange={toggleMenu('canned')}
          content={
            <CannedRepliesMenu
              replies={cannedReplies}
              onChanged={onCannedRepliesChanged}
              onPick={(reply) => {
                insertAtSelection(reply.text);
                setMenu(null);
              }}
            />
          }
        >
          <Button size="small">{t('canned.title')}</Button>
        </Popover>
        <Dropdown
          trigger={['click']}
          disabled={noteMode || busy}
          menu={{
            items: UPLOAD_KINDS.map((kind) => ({ key: kind, label: t(`composer.attach.${kind}`) })),
            onClick: ({ key }) => chooseFile(key as UploadKind),
          }}
        >
          <Button size="small" data-testid="attach-button">
            {t('composer.attach')}
          </Button>
        </Dropdown>
        <input
          ref={fileInput}
          type="file"
          accept={UPLOAD_RULES[fileKind].accept}
          aria-label={t('composer.attachFile')}
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void sendFile(file, fileKind);
          }}
        />
        <Button
          size="small"
          aria-pressed={noteMode}
          className="note-toggle"
          onClick={() => setNoteMode(!noteMode)}
        >
          {t('composer.noteMode')}
        </Button>
      </div>
      {suggestions.length > 0 && (
        <ul className="suggestions" role="listbox" aria-label={t('canned.suggestions')}>
          {suggestions.map((reply, index) => (
            <li
              key={reply.id}
              role="option"
              aria-selected={index === highlighted}
              onMouseDown={(event) => {
                event.preventDefault();
                pickSuggestion(reply);
              }}
            >
              <strong>{reply.title}</strong> <span className="muted">{reply.text}</span>
            </li>
          ))}
        </ul>
      )}
      <Alert message={failure} />
      {transfer && (
        <div className="hint composer-transfer" role="status" data-testid="upload-progress">
          <span>
            {t(`composer.${transfer.step === 'upload' ? 'uploading' : 'sendingFile'}.${transfer.kind}`)}
          </span>
          <Progress percent={transfer.percent} size="small" status="active" />
        </div>
      )}
      <div className="composer-row">
        <textarea
          ref={input}
          data-testid="composer-input"
          aria-label={t('composer.label')}
          rows={3}
          placeholder={t(noteMode ? 'composer.notePlaceholder' : 'composer.placeholder')}
          value={text}
          readOnly={sending}
          onChange={(event) => setText(event.target.value, event.target.selectionStart)}
          onSelect={(event) => setCursor(event.currentTarget.selectionStart)}
          onKeyDown={keyDown}
        />
        <Button
          type="primary"
          data-testid="send-button"
          loading={sending}
          disabled={!text.trim() || (busy && !sending)}
          onClick={() => void send()}
        >
          {sending ? t('composer.sending') : t(noteMode ? 'composer.addNote' : 'composer.send')}
        </Button>
      </div>
    </div>
  );
}
