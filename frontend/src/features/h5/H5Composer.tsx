import {
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useT } from '../../i18n/I18nProvider';
import { ACCEPTED_IMAGES } from '../images/imageLimits';
import { EmojiPicker } from '../workbench/EmojiPicker';
import { toDisplay } from '../workbench/emoji';
import { MAX_TEXT_LENGTH, sendableText } from './timeline';

/**
 * The fan's input. Enter sends and Shift+Enter starts a new line, except while an input method is
 * composing (a Chinese IME confirms its candidate with Enter).
 */
export function H5Composer({
  draft,
  onDraft,
  onSend,
  onImage,
}: {
  draft: string;
  onDraft: (draft: string) => void;
  onSend: (text: string) => void;
  onImage: (file: File) => void;
}) {
  const t = useT();
  const input = useRef<HTMLTextAreaElement>(null);
  const imagePicker = useRef<HTMLInputElement>(null);
  const [emojiOpen, setEmojiOpen] = useState(false);
  const text = sendableText(draft);

  // The input grows with its lines, up to the CSS max-height, as chat apps' inputs do.
  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.style.height = 'auto';
    // With border-box sizing the height includes the borders, which scrollHeight leaves out.
    element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
  }, [draft]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (text !== null) onSend(text);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  }

  // The fan sees the emoji itself; the desk shows Unicode emoji as they are.
  function insertEmoji(code: string) {
    const emoji = toDisplay(code);
    const start = input.current?.selectionStart ?? draft.length;
    const end = input.current?.selectionEnd ?? draft.length;
    onDraft(draft.slice(0, start) + emoji + draft.slice(end));
    setEmojiOpen(false);
  }

  function pickImage(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again, e.g. after a refusal, still fires a change.
    event.target.value = '';
    if (file) onImage(file);
  }

  return (
    <form className="h5-compose" onSubmit={submit}>
      <button
        type="button"
        className="h5-emoji"
        aria-label={t('composer.emoji')}
        aria-expanded={emojiOpen}
        onClick={() => setEmojiOpen(!emojiOpen)}
      >
        😊
      </button>
      <button
        type="button"
        className="h5-pick-image"
        data-testid="h5-image"
        aria-label={t('h5.sendImage')}
        onClick={() => imagePicker.current?.click()}
      >
        <svg
          viewBox="0 0 24 24"
          width="22"
          height="22"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="9" cy="10" r="1.6" />
          <path d="M4 17l5-5 4 4 3-3 4 4" />
        </svg>
      </button>
      <input
        ref={imagePicker}
        type="file"
        accept={ACCEPTED_IMAGES}
        hidden
        data-testid="h5-image-file"
        onChange={pickImage}
      />
      {emojiOpen && <EmojiPicker onPick={insertEmoji} />}
      <textarea
        ref={input}
        rows={1}
        data-testid="h5-input"
        aria-label={t('h5.input')}
        maxLength={MAX_TEXT_LENGTH}
        enterKeyHint="send"
        value={draft}
        onChange={(event) => onDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="primary" data-testid="h5-send" disabled={text === null}>
        {t('h5.send')}
      </button>
    </form>
  );
}
