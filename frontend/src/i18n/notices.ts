import type { Schema } from '../api/http';
import { isKnown, wordError } from './errors';
import type { Lang } from './messages';

/**
 * The wording of what the desk says in a transcript (TranscriptNotice on the server). The line's own
 * text, where it has one, is {text}.
 */
export type Notice = Schema<'TranscriptNotice'>;

type NoticeCode = Notice['code'];

/** Typed by the server's list of codes: a notice added there fails the build until it is worded here. */
const noticesZh: Record<NoticeCode, string> = {
  'notice.automaticTextWithheld': '自动消息未发送（{reason}）：「{text}」',
  'notice.windowClosed': '微信答复 45015：粉丝的48小时客服消息窗口已关闭，粉丝再次发消息前无法发送',
  'notice.agentDisabled': '座席已停用，会话转回队列',
  'notice.visitorMoved': '访客转到{channel}继续咨询，回复将发往那里',
  'notice.transferNote': '转接备注：{text}',
  'notice.ratingTemplate': '模板消息：邀请评价',
  'notice.ratedOnPage': '评价页评分：{rating} {text}{solved}',
  'notice.mediaFetching': '正在从微信获取…',
  'notice.mediaGivenUp': '无法从微信获取：{reason}',
};

const noticesEn: Record<NoticeCode, string> = {
  'notice.automaticTextWithheld': 'Automatic text not sent ({reason}): “{text}”',
  'notice.windowClosed':
    "WeChat answered 45015: the fan's 48-hour window is closed; nothing can be sent until the fan writes again",
  'notice.agentDisabled': 'The agent was disabled: the conversation went back to its queue',
  'notice.visitorMoved': 'The visitor moved to {channel}: replies go there',
  'notice.transferNote': 'Transfer note: {text}',
  'notice.ratingTemplate': 'Template message inviting a rating',
  'notice.ratedOnPage': 'Rated on the rating page: {rating} {text}{solved}',
  'notice.mediaFetching': 'Fetching from WeChat…',
  'notice.mediaGivenUp': 'WeChat did not hand it over: {reason}',
};

const NOTICES: Record<Lang, Record<NoticeCode, string>> = { 'zh-CN': noticesZh, en: noticesEn };

const CHANNELS: Record<Lang, Record<string, string>> = {
  'zh-CN': { WECHAT: '微信', H5: ' H5 页面' },
  en: { WECHAT: 'WeChat', H5: 'the H5 page' },
};

const SOLVED: Record<Lang, Record<string, string>> = {
  'zh-CN': { yes: '，问题已解决', no: '，问题未解决', '': '' },
  en: { yes: ', solved', no: ', not solved', '': '' },
};

/** A newer server may say something this UI has no words for yet. */
function isNoticeCode(code: string): code is NoticeCode {
  return Object.prototype.hasOwnProperty.call(noticesZh, code);
}

/** A parameter in the reader's words: codes and the server's enum names are worded, the rest kept. */
function wordParam(lang: Lang, name: string, value: string): string {
  if (name === 'reason' && isKnown(value)) return wordError(lang, value);
  if (name === 'channel') return CHANNELS[lang][value] ?? value;
  if (name === 'solved') return SOLVED[lang][value] ?? '';
  return value;
}

/** The notice in the reader's language; a newer server's unknown notice shows the line's text. */
export function wordNotice(lang: Lang, notice: Notice, text: string | null | undefined): string {
  if (!isNoticeCode(notice.code)) return text ?? notice.code;
  const params: Record<string, string> = { ...notice.params, text: text ?? '' };
  return NOTICES[lang][notice.code].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? wordParam(lang, name, params[name]) : match,
  );
}
