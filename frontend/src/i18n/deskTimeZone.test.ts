import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../features/admin/dateTime';
import { timeText } from '../features/history/historyText';
import { formatTime } from '../features/workbench/format';
import { setDeskTimeZone } from './deskTimeZone';

/** 15:40 UTC is 23:40 in China Standard Time, which the rating template writes. */
const ENDED = '2026-12-03T15:40:00Z';

describe("times on the screens follow the desk's zone, not the browser's", () => {
  afterEach(() => setDeskTimeZone(undefined));

  it('admin screens and history write the moment as the template does', () => {
    setDeskTimeZone('Asia/Shanghai');
    expect(formatDateTime(ENDED, 'zh-CN')).toBe('2026/12/3 23:40:00');
    expect(timeText(ENDED)).toBe('2026/12/3 23:40:00');
  });

  it('the workbench shows the time alone only on the same day in the desk zone', () => {
    setDeskTimeZone('Asia/Shanghai');
    expect(formatTime(ENDED, 'zh-CN', new Date('2026-12-03T12:00:00Z'))).toBe('23:40');
    // 17:00 UTC is already 4 December in Shanghai: the message is from yesterday there.
    expect(formatTime(ENDED, 'zh-CN', new Date('2026-12-03T17:00:00Z'))).toContain('2026');
  });

  it('another zone moves the same moment', () => {
    setDeskTimeZone('Europe/London');
    expect(formatDateTime(ENDED, 'zh-CN')).toBe('2026/12/3 15:40:00');
  });
});
