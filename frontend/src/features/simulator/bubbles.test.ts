import { describe, expect, it } from 'vitest';
import { dataUrlToBase64, newOpenid, toBubble } from './bubbles';

const at = '2030-01-01T08:00:00Z';

describe('toBubble', () => {
  it('shows a text with WeChat emoji codes as Unicode', () => {
    expect(
      toBubble({
        id: 1,
        at,
        kind: 'text',
        body: { touser: 'o1', msgtype: 'text', text: { content: '您好/::)' } },
      }),
    ).toEqual({ kind: 'text', text: '您好😊' });
  });

  it('points an image at the stand-in media the desk uploaded', () => {
    expect(toBubble({ id: 2, at, kind: 'image', body: { image: { media_id: 'DEMO_MEDIA_7' } } })).toEqual({
      kind: 'image',
      src: '/api/demo/media/DEMO_MEDIA_7',
    });
  });

  const satisfaction = {
    templateId: 'T1',
    title: '服务评价提醒',
    content: '{{first.DATA}}\n服务客服：{{keyword1.DATA}}\n结束时间：{{keyword2.DATA}}\n{{remark.DATA}}',
  };

  it("shows a template message as the library's template places its fields, as WeChat does", () => {
    const bubble = toBubble(
      {
        id: 3,
        at,
        kind: 'template',
        body: {
          template_id: 'T1',
          data: {
            first: { value: '请评价' },
            keyword1: { value: '小王' },
            keyword2: { value: '2026-12-03 23:40' },
            remark: { value: '点击进入评价页面' },
          },
        },
      },
      [satisfaction],
    );
    expect(bubble).toEqual({
      kind: 'card',
      title: '服务评价提醒',
      lines: ['请评价', '服务客服：小王', '结束时间：2026-12-03 23:40', '点击进入评价页面'],
    });
  });

  it("shows an unknown template's values without WeChat's field names or its raw id", () => {
    const bubble = toBubble({
      id: 3,
      at,
      kind: 'template',
      body: { template_id: 'T9', data: { first: { value: '请评价' }, keyword1: { value: '满意' } } },
    });
    expect(bubble).toEqual({ kind: 'card', title: '', lines: ['请评价', '满意'] });
  });

  it('keeps the link of a template message, which opens the rating page', () => {
    const bubble = toBubble(
      {
        id: 5,
        at,
        kind: 'template',
        body: {
          template_id: 'T1',
          url: 'http://localhost:8080/#/rate/abc',
          data: { first: { value: '请评价' } },
        },
      },
      [satisfaction],
    );
    expect(bubble).toEqual({
      kind: 'card',
      title: '服务评价提醒',
      lines: ['请评价', '服务客服：', '结束时间：'],
      link: 'http://localhost:8080/#/rate/abc',
    });
  });

  it('joins a message menu into lines', () => {
    const bubble = toBubble({
      id: 4,
      at,
      kind: 'msgmenu',
      body: {
        msgmenu: {
          head_content: '请评价',
          list: [
            { id: '1', content: '满意' },
            { id: '2', content: '不满意' },
          ],
        },
      },
    });
    expect(bubble).toEqual({ kind: 'text', text: '请评价\n满意\n不满意' });
  });

  it('names kinds it cannot show, and tolerates missing fields', () => {
    expect(toBubble({ id: 5, at, kind: 'voice', body: {} })).toEqual({ kind: 'other', msgtype: 'voice' });
    expect(toBubble({ id: 6, at, kind: 'text', body: {} })).toEqual({ kind: 'text', text: '' });
  });
});

describe('helpers', () => {
  it('makes distinct readable openids', () => {
    expect(newOpenid(() => 0)).toBe('o_demo_000000');
    expect(newOpenid(() => 0.5)).not.toBe(newOpenid(() => 0.25));
    expect(newOpenid()).toMatch(/^o_demo_[0-9a-z]{6}$/);
  });

  it('takes the base64 part of a data URL', () => {
    expect(dataUrlToBase64('data:image/png;base64,iVBORw0K')).toBe('iVBORw0K');
    expect(dataUrlToBase64('garbage')).toBe('');
  });
});
