import { demoMediaUrl, type Delivery, type DemoTemplate } from '../../api/demo';
import { toDisplay } from '../workbench/emoji';

/** How the fan's WeChat shows one message from the desk. */
export type Bubble =
  | { kind: 'text'; text: string }
  | { kind: 'image'; src: string }
  | { kind: 'card'; title: string; lines: string[]; link?: string }
  | { kind: 'other'; msgtype: string };

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A card opens its link when tapped, as in WeChat; cards without one have no link. */
function withLink(card: Extract<Bubble, { kind: 'card' }>, url: unknown): Bubble {
  const link = str(url);
  return link ? { ...card, link } : card;
}

/**
 * A template message as the fan's WeChat shows it: the library template's title, and its content with
 * each {{name.DATA}} replaced by the field the desk sent. A template the library does not hold shows
 * its fields' values only, never WeChat's field names.
 */
function templateCard(body: Record<string, unknown>, templates: DemoTemplate[]): Bubble {
  const data = record(body.data);
  const value = (name: string) => str(record(data[name]).value);
  const template = templates.find((candidate) => candidate.templateId === str(body.template_id));
  const lines = template
    ? template.content.replace(/\{\{(\w+)\.DATA\}\}/g, (_, name: string) => value(name)).split('\n')
    : Object.keys(data).map(value);
  return withLink(
    { kind: 'card', title: template?.title ?? '', lines: lines.filter((line) => line.trim()) },
    body.url,
  );
}

/** Turns the JSON the desk sent to WeChat's API into what the fan sees; emoji codes become Unicode. */
export function toBubble(delivery: Delivery, templates: DemoTemplate[] = []): Bubble {
  const body = delivery.body;
  switch (delivery.kind) {
    case 'text':
      return { kind: 'text', text: toDisplay(str(record(body.text).content)) };
    case 'image':
      return { kind: 'image', src: demoMediaUrl(str(record(body.image).media_id)) };
    case 'news': {
      const articles = Array.isArray(record(body.news).articles)
        ? (record(body.news).articles as unknown[])
        : [];
      const first = record(articles[0]);
      return withLink(
        { kind: 'card', title: str(first.title), lines: [str(first.description)].filter(Boolean) },
        first.url,
      );
    }
    case 'msgmenu': {
      const menu = record(body.msgmenu);
      const items = Array.isArray(menu.list) ? (menu.list as unknown[]) : [];
      const lines = [
        str(menu.head_content),
        ...items.map((item) => str(record(item).content)),
        str(menu.tail_content),
      ];
      return { kind: 'text', text: toDisplay(lines.filter(Boolean).join('\n')) };
    }
    case 'template':
      return templateCard(body, templates);
    default:
      return { kind: 'other', msgtype: delivery.kind };
  }
}

/** A new fan's openid: WeChat's are 28 characters; ours only need to be unique and readable. */
export function newOpenid(random: () => number = Math.random): string {
  return `o_demo_${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/** The base64 content of a data: URL as FileReader produces it. */
export function dataUrlToBase64(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}
