import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CannedReply } from '../../api/cannedReplies';
import { addNote, newIdempotencyKey, sendMessage, uploadImage } from '../../api/conversations';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { errorTextWithFields } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { CannedRepliesMenu } from './CannedRepliesMenu';
import { EmojiPicker } from './EmojiPicker';
import { toDisplay, toWeChat } from './emoji';
import { matchReplies, slashQuery, splice } from './slashCommand';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];
const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

interface ComposerProps {
  conversationId: number;
  cannedReplies: CannedReply[];
  onCannedRepliesChanged: () => Promise<void>;
  draft: string;
  onDraftChange: (text: string) => void;
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
  const [busy, setBusy] = useState<'send' | 'upload' | 'sendImage' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [menu, setMenu] = useState<'emoji' | 'canned' | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [suggestionsDismissed, setSuggestionsDismissed] = useState(false);
  // One key per text: a retry after a lost response repeats the key, so WeChat gets the message once.
  const idempotencyKey = useRef<string | null>(null);
  const pendingCursor = useRef<number | null>(null);

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
    setBusy('send');
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
      setBusy(null);
    }
  }

  async function sendImage(file: File) {
    if (!IMAGE_TYPES.includes(file.type)) return setFailure(t('composer.imageType'));
    if (file.size > IMAGE_MAX_BYTES) return setFailure(t('composer.imageTooLarge'));
    setFailure(null);
    setBusy('upload');
    try {
      const { id } = await uploadImage(file);
      setBusy('sendImage');
      await sendMessage(conversationId, { kind: 'IMAGE', content: { mediaId: id } }, newIdempotencyKey());
    } catch (error) {
      setFailure(errorTextWithFields(error, t));
    } finally {
      setBusy(null);
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

  const progress =
    busy === 'upload' ? t('composer.uploading') : busy === 'sendImage' ? t('composer.sendingImage') : null;

  return (
    <div className={noteMode ? 'composer composer-note' : 'composer'}>
      <div className="composer-tools">
        <button
          type="button"
          aria-label={t('composer.emoji')}
          title={t('composer.emoji')}
          aria-expanded={menu === 'emoji'}
          onClick={() => setMenu(menu === 'emoji' ? null : 'emoji')}
        >
          😊
        </button>
        <button
          type="button"
          aria-expanded={menu === 'canned'}
          onClick={() => setMenu(menu === 'canned' ? null : 'canned')}
        >
          {t('canned.title')}
        </button>
        <button type="button" disabled={noteMode || busy !== null} onClick={() => fileInput.current?.click()}>
          {t('composer.image')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          aria-label={t('composer.image')}
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void sendImage(file);
          }}
        />
        <button
          type="button"
          aria-pressed={noteMode}
          className="note-toggle"
          onClick={() => setNoteMode(!noteMode)}
        >
          {t('composer.noteMode')}
        </button>
        {menu === 'emoji' && (
          <EmojiPicker
            onPick={(code) => {
              // The agent sees the picture; the code goes out at send (toWeChat).
              insertAtSelection(toDisplay(code));
              setMenu(null);
            }}
          />
        )}
        {menu === 'canned' && (
          <CannedRepliesMenu
            replies={cannedReplies}
            onChanged={onCannedRepliesChanged}
            onPick={(reply) => {
              insertAtSelection(reply.text);
              setMenu(null);
            }}
          />
        )}
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
      {progress && (
        <p className="hint" role="status">
          <span className="spinner" aria-hidden="true" />
          {progress}
        </p>
      )}
      <div className="composer-row">
        <textarea
          ref={input}
          data-testid="composer-input"
          aria-label={t('composer.label')}
          rows={3}
          placeholder={t(noteMode ? 'composer.notePlaceholder' : 'composer.placeholder')}
          value={text}
          readOnly={busy === 'send'}
          onChange={(event) => setText(event.target.value, event.target.selectionStart)}
          onSelect={(event) => setCursor(event.currentTarget.selectionStart)}
          onKeyDown={keyDown}
        />
        <BusyButton
          data-testid="send-button"
          className="primary"
          busy={busy === 'send'}
          disabled={!text.trim() || busy !== null}
          label={t(noteMode ? 'composer.addNote' : 'composer.send')}
          busyLabel={t('composer.sending')}
          onClick={() => void send()}
        />
      </div>
    </div>
  );
}
