import type { WorkbenchEvent } from '../api/workbench';

/** Delivered ids remembered above the floor; older ones are folded into it. */
const REMEMBERED_IDS = 1000;

/**
 * Orders live frames against the catch-up that follows every (re)connect. Frames that arrive
 * while the catch-up request is in flight are held back, so the catch-up cannot skip the ones it
 * has not returned yet. Each event is delivered once. A frame may arrive after one with a higher
 * id: two nodes' or threads' pushes after their commits race (an H5 page's reply is settled in
 * no time, and its delivery can overtake the assignment that caused it). So delivered ids are
 * remembered, rather than everything below the newest id being taken as seen.
 */
export class EventSequencer {
  /** Every id at or below it is older than the snapshot or was delivered. */
  private floor: number;
  private newestDelivered: number;
  private readonly delivered = new Set<number>();
  private held: WorkbenchEvent[] | null = null;
  private readonly deliver: (events: WorkbenchEvent[]) => void;

  constructor(lastEventId: number, deliver: (events: WorkbenchEvent[]) => void) {
    this.floor = lastEventId;
    this.newestDelivered = lastEventId;
    this.deliver = deliver;
  }

  /** The id to pass as `after` to the catch-up request. */
  get after(): number {
    return this.newestDelivered;
  }

  /** Frames held from an earlier, failed catch-up are dropped: this catch-up returns them again. */
  startCatchUp(): void {
    this.held = [];
  }

  finishCatchUp(caughtUp: WorkbenchEvent[]): void {
    const held = this.held ?? [];
    this.held = null;
    this.emit(this.fresh(caughtUp, held));
  }

  /** A frame from the subscription; held while a catch-up is in flight or has failed. */
  live(event: WorkbenchEvent): void {
    if (this.held) this.held.push(event);
    else this.emit(this.fresh([event]));
  }

  /** The events of the batches not delivered yet: each id once, oldest first. */
  private fresh(...batches: WorkbenchEvent[][]): WorkbenchEvent[] {
    const byId = new Map<number, WorkbenchEvent>();
    for (const event of batches.flat()) {
      if (event.id > this.floor && !this.delivered.has(event.id)) byId.set(event.id, event);
    }
    return [...byId.values()].sort((a, b) => a.id - b.id);
  }

  private emit(events: WorkbenchEvent[]): void {
    if (events.length === 0) return;
    for (const event of events) this.delivered.add(event.id);
    this.newestDelivered = Math.max(this.newestDelivered, events[events.length - 1].id);
    this.forgetOldest();
    this.deliver(events);
  }

  private forgetOldest(): void {
    if (this.delivered.size <= REMEMBERED_IDS) return;
    const oldestFirst = [...this.delivered].sort((a, b) => a - b);
    for (const id of oldestFirst.slice(0, oldestFirst.length - REMEMBERED_IDS)) {
      this.delivered.delete(id);
      this.floor = Math.max(this.floor, id);
    }
  }
}
