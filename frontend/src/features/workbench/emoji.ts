import type { MessageKey } from '../../i18n/messages';

export interface WeChatEmoji {
  /** What WeChat puts into the message text and renders as its own emoji in the fan's app. */
  code: string;
  unicode: string;
  name: MessageKey;
}

export const WECHAT_EMOJI: readonly WeChatEmoji[] = [
  { code: '/::)', unicode: '😊', name: 'emoji.smile' },
  { code: '/::~', unicode: '😟', name: 'emoji.grimace' },
  { code: '/::B', unicode: '😍', name: 'emoji.drool' },
  { code: '/::|', unicode: '😳', name: 'emoji.scowl' },
  { code: '/:8-)', unicode: '😎', name: 'emoji.coolGuy' },
  { code: '/::<', unicode: '😢', name: 'emoji.sob' },
  { code: '/::$', unicode: '😊', name: 'emoji.shy' },
  { code: '/::X', unicode: '🤐', name: 'emoji.silent' },
  { code: '/::Z', unicode: '😴', name: 'emoji.sleep' },
  { code: "/::'(", unicode: '😭', name: 'emoji.cry' },
  { code: '/::-|', unicode: '😅', name: 'emoji.awkward' },
  { code: '/::@', unicode: '😡', name: 'emoji.angry' },
  { code: '/::P', unicode: '😜', name: 'emoji.tongue' },
  { code: '/::D', unicode: '😁', name: 'emoji.grin' },
  { code: '/::O', unicode: '😮', name: 'emoji.surprise' },
  { code: '/::(', unicode: '🙁', name: 'emoji.frown' },
  { code: '/:,@P', unicode: '🤭', name: 'emoji.chuckle' },
  { code: '/:,@-D', unicode: '😄', name: 'emoji.joyful' },
  { code: '/::Q', unicode: '😫', name: 'emoji.scream' },
  { code: '/::T', unicode: '🤮', name: 'emoji.puke' },
  { code: '/:,@o', unicode: '😏', name: 'emoji.slight' },
  { code: '/:handclap', unicode: '👏', name: 'emoji.clap' },
  { code: '/:strong', unicode: '👍', name: 'emoji.thumbsUp' },
  { code: '/:weak', unicode: '👎', name: 'emoji.weak' },
  { code: '/:share', unicode: '🤝', name: 'emoji.shake' },
  { code: '/:v', unicode: '✌️', name: 'emoji.peace' },
  { code: '/:rose', unicode: '🌹', name: 'emoji.rose' },
  { code: '/:heart', unicode: '❤️', name: 'emoji.heart' },
  { code: '/:hug', unicode: '🤗', name: 'emoji.hug' },
  { code: '/:sun', unicode: '☀️', name: 'emoji.sun' },
  { code: '/:moon', unicode: '🌙', name: 'emoji.moon' },
];

const UNICODE_BY_CODE = new Map(WECHAT_EMOJI.map((emoji) => [emoji.code, emoji.unicode]));

// Alternatives are tried in order, so listing longer codes first makes the longest code win.
const CODE_PATTERN = new RegExp(
  [...UNICODE_BY_CODE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((code) => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** The text as an agent should see it: WeChat emoji codes become Unicode emoji; anything else stays. */
export function toDisplay(text: string): string {
  return text.replace(CODE_PATTERN, (code) => UNICODE_BY_CODE.get(code) ?? code);
}

// Two codes share 😊 (smile, shy): the first listed, the plain smile, is sent back.
const CODE_BY_UNICODE = new Map([...WECHAT_EMOJI].reverse().map((emoji) => [emoji.unicode, emoji.code]));

const UNICODE_PATTERN = new RegExp(
  [...CODE_BY_UNICODE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((unicode) => unicode.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gu',
);

/**
 * The text as WeChat should get it: the picker's emoji, shown as pictures in the agent's text box,
 * become WeChat's codes, which the fan's app draws as its own emoji. Other text stays as typed.
 */
export function toWeChat(text: string): string {
  return text.replace(UNICODE_PATTERN, (unicode) => CODE_BY_UNICODE.get(unicode) ?? unicode);
}
