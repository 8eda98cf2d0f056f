import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The desk's time zone (desk.time-zone, told with the logged-in user): every screen shows times in
 * it, so that an agent's screen agrees with the times the desk writes to fans (the rating template's
 * end time) whatever zone the browser runs in. Until the server has said, the browser's own zone.
 */
let deskZone: string | undefined;

export function setDeskTimeZone(zone: string | undefined): void {
  deskZone = zone;
}

export function deskTimeZone(): string | undefined {
  return deskZone;
}

/** A moment as dayjs in the desk's zone, ready to format. */
export function inDeskZone(iso: string | Date): Dayjs {
  return deskZone ? dayjs(iso).tz(deskZone) : dayjs(iso);
}
