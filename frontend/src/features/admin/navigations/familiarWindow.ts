/** 熟客优先's window as the routing screen edits it: a number and a unit. */
export type WindowUnit = 'minutes' | 'hours' | 'days';

export const WINDOW_UNITS: WindowUnit[] = ['minutes', 'hours', 'days'];

const MINUTES_PER: Record<WindowUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

/** The server's range: 1 minute to 30 days. */
export const MIN_WINDOW_MINUTES = 1;
export const MAX_WINDOW_MINUTES = 30 * 24 * 60;

export interface WindowValue {
  amount: number | null;
  unit: WindowUnit;
}

/** In the largest unit that holds it whole, so 1440 reads "1 day" and 90 "90 minutes". */
export function windowOf(minutes: number | null | undefined): WindowValue {
  if (minutes == null) return { amount: null, unit: 'hours' };
  const unit = [...WINDOW_UNITS].reverse().find((u) => minutes % MINUTES_PER[u] === 0) ?? 'minutes';
  return { amount: minutes / MINUTES_PER[unit], unit };
}

/** Null when left empty: the desk's default applies. */
export function minutesOf(value: WindowValue): number | null {
  return value.amount == null ? null : value.amount * MINUTES_PER[value.unit];
}

export function inRange(minutes: number | null): boolean {
  return (
    minutes === null ||
    (Number.isInteger(minutes) && minutes >= MIN_WINDOW_MINUTES && minutes <= MAX_WINDOW_MINUTES)
  );
}
