import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/helpers';
import { message } from '../../test/workbenchFixtures';
import { MessageList } from './MessageList';

/** jsdom lays nothing out: the scroller's heights are what the test says they are. */
function withHeights(scroller: HTMLElement, heights: { scroll: number; client: number }) {
  Object.defineProperty(scroller, 'scrollHeight', { configurable: true, get: () => heights.scroll });
  Object.defineProperty(scroller, 'clientHeight', { configurable: true, get: () => heights.client });
}

describe('MessageList', () => {
  it('follows an image down when it loads, unless the agent scrolled up to read', () => {
    const lines = [message({ id: 1 }), message({ id: 2, kind: 'IMAGE', text: null, mediaId: 31 })];
    renderWithI18n(
      <MessageList
        conversationId={7}
        fanName="张三"
        messages={lines}
        hasEarlier={false}
        onLoadEarlier={async () => {}}
      />,
    );
    const scroller = document.querySelector('.message-scroller') as HTMLElement;
    const heights = { scroll: 300, client: 200 };
    withHeights(scroller, heights);
    scroller.scrollTop = 100;
    fireEvent.scroll(scroller);

    heights.scroll = 700;
    fireEvent.load(screen.getByRole('img'));
    expect(scroller.scrollTop).toBe(700);

    scroller.scrollTop = 50;
    fireEvent.scroll(scroller);
    heights.scroll = 900;
    fireEvent.load(screen.getByRole('img'));
    expect(scroller.scrollTop).toBe(50);
  });
});
