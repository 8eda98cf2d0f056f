/** Whole seconds from `since` to `now`, never negative (client and server clocks differ a little). */
export function secondsSince(since: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
}

/** Seconds the agent has left to answer a visitor who has waited since `waitingSince`; 0 when due. */
export function secondsLeft(waitingSince: string, remindSeconds: number, now: number): number {
  return Math.max(0, remindSeconds - secondsSince(waitingSince, now));
}

/** 0:27, 2:15, 1:02:03 */
export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
