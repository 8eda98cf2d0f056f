import { describe, expect, it } from 'vitest';
import type { WorkbenchEvent } from '../api/workbench';
import { event } from '../test/workbenchFixtures';
import { EventSequencer } from './eventSync';

const queueLength = (id: number): WorkbenchEvent => event({ id, type: 'QUEUE_LENGTH', queueLength: id });
const ids = (events: WorkbenchEvent[]) => events.map((e) => e.id);

describe('EventSequencer', () => {
  function sequencer(lastEventId = 10) {
    const delivered: number[][] = [];
    return { delivered, sequencer: new EventSequencer(lastEventId, (events) => delivered.push(ids(events))) };
  }

  it('holds live frames during the catch-up and delivers them after it, each once and in order', () => {
    const { delivered, sequencer: s } = sequencer();

    s.startCatchUp();
    s.live(queueLength(13));
    s.live(queueLength(12));
    expect(delivered).toEqual([]);

    s.finishCatchUp([queueLength(11), queueLength(12)]);
    expect(delivered).toEqual([[11, 12, 13]]);
    expect(s.after).toBe(13);

    s.live(queueLength(13));
    s.live(queueLength(14));
    expect(delivered).toEqual([[11, 12, 13], [14]]);
  });

  it('catches up after the newest delivered id on reconnect and keeps holding while a catch-up has failed', () => {
    const { delivered, sequencer: s } = sequencer();
    s.startCatchUp();
    s.finishCatchUp([queueLength(11)]);

    s.startCatchUp();
    expect(s.after).toBe(11);
    s.live(queueLength(12));
    // The catch-up request failed: nothing is delivered until the next connection catches up.
    s.startCatchUp();
    s.finishCatchUp([queueLength(12), queueLength(13)]);

    expect(delivered).toEqual([[11], [12, 13]]);
  });

  it('keeps each id once, drops ids of the snapshot and sorts a batch oldest first', () => {
    const { delivered, sequencer: s } = sequencer();
    s.startCatchUp();
    s.live(queueLength(12));
    s.live(queueLength(11));
    s.finishCatchUp([queueLength(13), queueLength(9), queueLength(11), queueLength(10)]);

    expect(delivered).toEqual([[11, 12, 13]]);
  });

  it('delivers a frame that arrives after a newer one, once', () => {
    const { delivered, sequencer: s } = sequencer();
    s.startCatchUp();
    s.finishCatchUp([]);

    s.live(queueLength(12));
    s.live(queueLength(11));
    s.live(queueLength(11));
    s.live(queueLength(12));

    expect(delivered).toEqual([[12], [11]]);
    expect(s.after).toBe(12);
  });

  it('remembers a bounded number of delivered ids and never delivers a forgotten one again', () => {
    const { delivered, sequencer: s } = sequencer(0);
    s.startCatchUp();
    s.finishCatchUp([]);
    for (let id = 1; id <= 1500; id++) s.live(queueLength(id));
    s.live(queueLength(3));
    s.live(queueLength(1400));

    expect(delivered).toHaveLength(1500);
  });

  it('delivers nothing when the catch-up brings nothing new', () => {
    const { delivered, sequencer: s } = sequencer();
    s.startCatchUp();
    s.finishCatchUp([queueLength(9), queueLength(10)]);

    expect(delivered).toEqual([]);
    expect(s.after).toBe(10);
  });
});
