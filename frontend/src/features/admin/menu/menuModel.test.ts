import { describe, expect, it } from 'vitest';
import {
  addSubButton,
  addTopButton,
  fromMenu,
  moveButton,
  newButton,
  removeButton,
  toMenu,
  utf8Bytes,
  validateMenu,
  type EditorButton,
} from './menuModel';

function button(overrides: Partial<EditorButton>): EditorButton {
  return { ...newButton(), ...overrides };
}

describe('menu model', () => {
  it('counts UTF-8 bytes as WeChat does', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('售前')).toBe(6);
    expect(utf8Bytes('😀')).toBe(4);
  });

  it('allows 16 bytes for a top-level name and 60 for a sub-button, and names the field like the server', () => {
    const fiveChinese = '一二三四五';
    const sixChinese = '一二三四五六';
    const problems = validateMenu([
      button({ name: fiveChinese, key: 'k' }),
      button({
        name: sixChinese,
        type: '',
        subButtons: [
          button({ name: '二'.repeat(20), key: 'k' }),
          button({ name: '二'.repeat(21), key: 'k' }),
        ],
      }),
    ]);
    expect(Object.keys(problems)).toEqual(['buttons[1].name', 'buttons[1].subButtons[1].name']);
    expect(problems['buttons[1].name']).toEqual({
      message: 'menu.error.tooLong',
      params: { limit: 16, bytes: 18 },
    });
    expect(problems['buttons[1].subButtons[1].name'].params).toEqual({ limit: 60, bytes: 63 });
  });

  it('checks the fields of each type: key, url, mini-program appid, page and fallback url', () => {
    const problems = validateMenu([
      button({ name: 'a', type: 'click', key: 'k'.repeat(129) }),
      button({ name: 'b', type: 'view', url: 'example.com' }),
      button({ name: 'c', type: 'miniprogram', appId: 'wx1', pagePath: '', url: '' }),
    ]);
    expect(problems['buttons[0].key'].message).toBe('menu.error.tooLong');
    expect(problems['buttons[1].url'].message).toBe('menu.error.url');
    expect(problems['buttons[2].appId']).toBeUndefined();
    expect(problems['buttons[2].pagePath'].message).toBe('menu.error.required');
    expect(problems['buttons[2].url'].message).toBe('menu.error.required');
  });

  it('refuses a type it cannot edit and an empty menu', () => {
    expect(validateMenu([button({ name: 'scan', type: 'scancode_push' })])['buttons[0].type'].message).toBe(
      'menu.error.type',
    );
    expect(validateMenu([]).buttons.message).toBe('menu.error.empty');
  });

  it('stops at 3 buttons and 5 sub-buttons, and a parent loses its type', () => {
    let buttons = addTopButton(addTopButton(addTopButton(addTopButton([]))));
    expect(buttons).toHaveLength(3);
    for (let i = 0; i < 6; i++) buttons = addSubButton(buttons, 0);
    expect(buttons[0].subButtons).toHaveLength(5);
    expect(buttons[0].type).toBe('');
  });

  it('moves and removes buttons; a parent without sub-buttons becomes a click button again', () => {
    const a = button({ name: 'a' });
    const b = button({ name: 'b' });
    const parent = button({ name: 'p', type: '', subButtons: [a, b] });
    let buttons = moveButton([parent], { top: 0, sub: 1 }, -1);
    expect(buttons[0].subButtons.map((sub) => sub.name)).toEqual(['b', 'a']);
    expect(moveButton(buttons, { top: 0 }, -1)).toBe(buttons);
    buttons = removeButton(removeButton(buttons, { top: 0, sub: 0 }), { top: 0, sub: 0 });
    expect(buttons[0].subButtons).toEqual([]);
    expect(buttons[0].type).toBe('click');
  });

  it('sends only the fields of the type, and no type for a parent', () => {
    const loaded = fromMenu({
      buttons: [
        { name: '客服', type: 'click', key: 'svc', subButtons: [] },
        {
          name: '更多',
          subButtons: [{ name: '官网', type: 'view', url: 'https://example.com', subButtons: [] }],
        },
      ],
    });
    loaded[0] = { ...loaded[0], url: 'left over from another type' };
    expect(toMenu(loaded)).toEqual({
      buttons: [
        { name: '客服', type: 'click', key: 'svc', subButtons: [] },
        {
          name: '更多',
          subButtons: [{ name: '官网', type: 'view', url: 'https://example.com', subButtons: [] }],
        },
      ],
    });
  });
});
