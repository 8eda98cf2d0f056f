import { useT } from '../../i18n/I18nProvider';
import { WECHAT_EMOJI } from './emoji';

/** Picks a WeChat emoji; `onPick` gets its WeChat code, which is what the fan's app renders. */
export function EmojiPicker({ onPick }: { onPick: (code: string) => void }) {
  const t = useT();
  return (
    <div className="popover emoji-picker" role="group" aria-label={t('composer.emoji')}>
      {WECHAT_EMOJI.map((emoji) => (
        <button
          key={emoji.code}
          type="button"
          title={t(emoji.name)}
          aria-label={t(emoji.name)}
          onClick={() => onPick(emoji.code)}
        >
          {emoji.unicode}
        </button>
      ))}
    </div>
  );
}
