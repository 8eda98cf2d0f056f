import dayjs, { type Dayjs } from 'dayjs';
import type { Holiday, TimeRange, WorkingHours } from '../../../api/workingHours';
import type { MessageKey } from '../../../i18n/messages';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Day = (typeof DAYS)[number];

/** The server's limits (WorkingHours.java), checked here first so the admin sees them at once. */
export const MAX_RANGES_PER_DAY = 6;
export const TEXT_MAX = 600;
export const NO_AGENT_WAIT: readonly [number, number] = [1, 1440];
const TIME = 'HH:mm';
const DATE = 'YYYY-MM-DD';

/** A range as the time pickers hold it; a picker cleared by the admin holds nothing. */
export type PickedRange = [Dayjs, Dayjs] | null | undefined;

export interface HoursFormValues {
  enabled: boolean;
  zone: string;
  outOfHoursText: string;
  noAgentLeavesMessage: boolean;
  noAgentWaitMinutes: number;
  noAgentText: string;
  weekly: Record<Day, PickedRange[]>;
  holidays: { date: Dayjs | null; name?: string; hours: PickedRange[] }[];
}

/** "09:30" as a time of today: the pickers show only the time. */
export function timeOf(hhmm: string): Dayjs {
  const [hour, minute] = hhmm.split(':').map(Number);
  return dayjs().startOf('day').hour(hour).minute(minute);
}

function picked(range: TimeRange): [Dayjs, Dayjs] {
  return [timeOf(range.from), timeOf(range.to)];
}

function sent(range: PickedRange): TimeRange {
  return { from: range ? range[0].format(TIME) : '', to: range ? range[1].format(TIME) : '' };
}

export function toForm(hours: WorkingHours): HoursFormValues {
  const weekly = Object.fromEntries(
    DAYS.map((day) => [day, (hours.weekly[day] ?? []).map(picked)]),
  ) as Record<Day, PickedRange[]>;
  return {
    enabled: hours.enabled,
    zone: hours.zone,
    outOfHoursText: hours.outOfHoursText,
    noAgentLeavesMessage: hours.noAgentLeavesMessage,
    noAgentWaitMinutes: hours.noAgentWaitMinutes,
    noAgentText: hours.noAgentText,
    weekly,
    holidays: hours.holidays.map((holiday) => ({
      date: dayjs(holiday.date),
      name: holiday.name ?? undefined,
      hours: holiday.hours.map(picked),
    })),
  };
}

/** A weekday without ranges is left out: closed. */
export function fromForm(values: HoursFormValues): WorkingHours {
  const weekly: Record<string, TimeRange[]> = {};
  for (const day of DAYS) {
    const ranges = values.weekly[day] ?? [];
    if (ranges.length > 0) weekly[day] = ranges.map(sent);
  }
  const holidays: Holiday[] = values.holidays.map((holiday) => ({
    date: holiday.date ? holiday.date.format(DATE) : '',
    name: holiday.name?.trim() ? holiday.name.trim() : undefined,
    hours: holiday.hours.map(sent),
  }));
  return {
    enabled: values.enabled,
    zone: values.zone,
    outOfHoursText: values.outOfHoursText,
    noAgentLeavesMessage: values.noAgentLeavesMessage,
    noAgentWaitMinutes: values.noAgentWaitMinutes,
    noAgentText: values.noAgentText,
    weekly,
    holidays,
  };
}

const minutes = (time: Dayjs) => time.hour() * 60 + time.minute();

/** What is wrong with one day's ranges, as the server would say it; null when nothing is. */
export function rangesProblem(ranges: PickedRange[] | undefined): MessageKey | null {
  const list = ranges ?? [];
  if (list.length > MAX_RANGES_PER_DAY) return 'ac.hours.tooManyRanges';
  if (list.some((range) => !range)) return 'ac.hours.rangeMissing';
  const spans = (list as [Dayjs, Dayjs][])
    .map(([from, to]) => [minutes(from), minutes(to)] as const)
    .sort((a, b) => a[0] - b[0]);
  if (spans.some(([from, to]) => from >= to)) return 'ac.hours.rangeOrder';
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < spans[i - 1][1]) return 'ac.hours.rangesOverlap';
  }
  return null;
}

/** A holiday needs a date, once in the list. */
export function holidayDateProblem(
  holidays: HoursFormValues['holidays'] | undefined,
  index: number,
): MessageKey | null {
  const date = holidays?.[index]?.date;
  if (!date) return 'ac.hours.dateMissing';
  const key = date.format(DATE);
  const first = (holidays ?? []).findIndex((holiday) => holiday.date?.format(DATE) === key);
  return first !== index ? 'ac.hours.dateTwice' : null;
}

/** Switched on, at least one range somewhere, or every fan would only ever leave a message. */
export function neverOpen(values: HoursFormValues): boolean {
  return (
    values.enabled &&
    DAYS.every((day) => (values.weekly[day] ?? []).length === 0) &&
    values.holidays.every((holiday) => holiday.hours.length === 0)
  );
}
