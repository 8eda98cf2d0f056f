import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('leaves text without links as one run', () => {
    expect(linkify('您好，请问有什么可以帮您？')).toEqual([
      { kind: 'text', text: '您好，请问有什么可以帮您？' },
    ]);
    expect(linkify('')).toEqual([]);
  });

  it('finds the rating link the desk sends to H5 visitors', () => {
    expect(
      linkify('请为本次服务评价 / Please rate this service: https://desk.example.com/#/rate/abc-123'),
    ).toEqual([
      { kind: 'text', text: '请为本次服务评价 / Please rate this service: ' },
      { kind: 'link', url: 'https://desk.example.com/#/rate/abc-123' },
    ]);
  });

  it('ends a link at whitespace, full-width punctuation and trailing sentence punctuation', () => {
    expect(linkify('见 http://a.example/x，或 https://b.example/y. 谢谢')).toEqual([
      { kind: 'text', text: '见 ' },
      { kind: 'link', url: 'http://a.example/x' },
      { kind: 'text', text: '，或 ' },
      { kind: 'link', url: 'https://b.example/y' },
      { kind: 'text', text: '. 谢谢' },
    ]);
  });

  it('takes no other schemes', () => {
    expect(linkify('javascript:alert(1) ftp://x.example')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) ftp://x.example' },
    ]);
  });
});
