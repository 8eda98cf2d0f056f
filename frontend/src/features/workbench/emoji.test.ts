import { describe, expect, it } from 'vitest';
import { toDisplay, toWeChat, WECHAT_EMOJI } from './emoji';

describe('WeChat emoji', () => {
  it('shows every code in the table as its Unicode emoji', () => {
    for (const { code, unicode } of WECHAT_EMOJI) expect(toDisplay(code)).toBe(unicode);
  });

  it('has about 30 emoji, each code once', () => {
    const codes = WECHAT_EMOJI.map((emoji) => emoji.code);
    expect(codes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('replaces codes inside text and back to back, keeping the text around them', () => {
    expect(toDisplay('谢谢/::)/:strong 好的/::D!')).toBe('谢谢😊👍 好的😁!');
    expect(toDisplay("/::'(/::-|/:,@-D/:,@P")).toBe('😭😅😄🤭');
  });

  it('leaves Unicode emoji, plain slashes and unknown codes as they are', () => {
    expect(toDisplay('好的😀 1/2 /:unknown /:')).toBe('好的😀 1/2 /:unknown /:');
  });

  it('sends the pictures back as codes that WeChat shows as the same pictures', () => {
    for (const { code } of WECHAT_EMOJI) expect(toDisplay(toWeChat(toDisplay(code)))).toBe(toDisplay(code));
    expect(toWeChat('谢谢😊👍 好的✌️!')).toBe('谢谢/::)/:strong 好的/:v!');
    expect(toWeChat('1/2 😀 plain')).toBe('1/2 😀 plain');
  });
});
