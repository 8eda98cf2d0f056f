import type { WorkbenchEvent } from '../api/workbench';

/**
 * The events from any number of batches (a catch-up response, live frames buffered meanwhile)
 * that come after `lastEventId`: each id once, oldest first.
 */
export function freshEvents(lastEventId: number, ...batches: WorkbenchEvent[][]): WorkbenchEvent[] {
  const byId = new Map<number, WorkbenchEvent>();
  for (const event of batches.flat()) {
    if (event.id > lastEventId) byId.set(event.id, event);
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/**
 * Orders live frames against the catch-up that follows every (re)connect. Frames that arrive
 * while the catch-up request is in flight are held back, so events are always delivered in id
 * order and the catch-up cannot skip the ones it has not returned yet.
 */
export class EventSequencer {
  private lastEventId: number;
  private held: WorkbenchEvent[] | null = null;
  private readonly deliver: (events: WorkbenchEvent[]) => void;

  constructor(lastEventId: number, deliver: (events: WorkbenchEvent[]) => void) {
    this.lastEventId = lastEventId;
    this.deliver = deliver;
  }

  /** The id to pass as `after` to the catch-up request. */
  get after(): number {
    return this.lastEventId;
  }

  /** Frames held from an earlier, failed catch-up are dropped: this catch-up returns them again. */
  startCatchUp(): void {
    this.held = [];
  }

  finishCatchUp(caughtUp: WorkbenchEvent[]): void {
    const held = this.held ?? [];
    this.held = null;
    this.emit(freshEvents(this.lastEventId, caughtUp, held));
  }

  /** A frame from the subscription; held while a catch-up is in flight or has failed. */
  live(event: WorkbenchEvent): void {
    if (this.held) this.held.push(event);
    else this.emit(freshEvents(this.lastEventId, [event]));
  }

  private emit(events: WorkbenchEvent[]): void {
    if (events.length === 0) return;
    this.lastEventId = events[events.length - 1].id;
    this.deliver(events);
  }
}
