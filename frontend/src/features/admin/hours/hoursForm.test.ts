import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '../../../api/workingHours';
import {
  fromForm,
  holidayDateProblem,
  neverOpen,
  rangesProblem,
  timeOf,
  toForm,
  type PickedRange,
} from './hoursForm';

const range = (from: string, to: string): PickedRange => [timeOf(from), timeOf(to)];

const SAVED: WorkingHours = {
  enabled: true,
  zone: 'Asia/Shanghai',
  outOfHoursText: '请留言',
  weekly: {
    MONDAY: [
      { from: '09:00', to: '12:00' },
      { from: '13:30', to: '18:00' },
    ],
  },
  holidays: [{ date: '2030-02-04', name: '除夕', hours: [] }],
  noAgentLeavesMessage: false,
  noAgentWaitMinutes: 30,
  noAgentText: '客服不在线，请留言',
};

describe('the working-hours form', () => {
  it('gives back what it was given: weekdays without ranges stay closed', () => {
    const values = toForm(SAVED);
    expect(values.weekly.SUNDAY).toEqual([]);
    expect(fromForm(values)).toEqual(SAVED);
  });

  it('names ranges out of order, overlapping, missing or too many', () => {
    expect(rangesProblem([range('09:00', '12:00'), range('12:00', '13:00')])).toBeNull();
    expect(rangesProblem([range('12:00', '09:00')])).toBe('ac.hours.rangeOrder');
    expect(rangesProblem([range('13:00', '15:00'), range('09:00', '13:30')])).toBe('ac.hours.rangesOverlap');
    expect(rangesProblem([null])).toBe('ac.hours.rangeMissing');
    const seven = Array.from({ length: 7 }, (_, i) => range(`0${i}:00`, `0${i}:30`));
    expect(rangesProblem(seven)).toBe('ac.hours.tooManyRanges');
  });

  it('names a holiday without a date or listed twice, the second one only', () => {
    const holidays = [
      { date: dayjs('2030-02-04'), hours: [] },
      { date: dayjs('2030-02-04'), hours: [] },
      { date: null, hours: [] },
    ];
    expect(holidayDateProblem(holidays, 0)).toBeNull();
    expect(holidayDateProblem(holidays, 1)).toBe('ac.hours.dateTwice');
    expect(holidayDateProblem(holidays, 2)).toBe('ac.hours.dateMissing');
  });

  it('tells a schedule switched on without a single range', () => {
    const closed = toForm({ ...SAVED, weekly: {}, holidays: [] });
    expect(neverOpen(closed)).toBe(true);
    expect(neverOpen({ ...closed, enabled: false })).toBe(false);
    expect(neverOpen(toForm(SAVED))).toBe(false);
  });
});
