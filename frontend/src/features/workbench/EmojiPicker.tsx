import { useT } from '../../i18n/I18nProvider';
import { WECHAT_EMOJI } from './emoji';

/**
 * Picks a WeChat emoji; `onPick` gets its WeChat code, which is what the fan's app renders. `floating`
 * places it above its button by itself; inside an antd Popover the Popover does.
 */
export function EmojiPicker({
  onPick,
  floating = true,
}: {
  onPick: (code: string) => void;
  floating?: boolean;
}) {
  const t = useT();
  return (
    <div
      className={floating ? 'popover emoji-picker' : 'emoji-picker'}
      role="group"
      aria-label={t('composer.emoji')}
    >
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
