import { setImmediate as nextTurn } from 'node:timers/promises';

/** A slice of main-thread work: short enough that a call waiting behind it is still answered at once. */
const SLICE_MS = 8;
/** Reading the clock on every item of a tight loop would cost more than the items. */
const CHECK_EVERY = 64;

/**
 * Long work on core's thread, cut into slices: a loop asks {@link Pacer.due} on each item and, when
 * the slice has run its time, awaits {@link Pacer.pause}, which lets the event loop answer the calls
 * that arrived meanwhile (a keystroke, a catalogue search) before the work goes on.
 */
export class Pacer {
  private started = performance.now();
  private items = 0;

  due(): boolean {
    this.items++;
    return this.items % CHECK_EVERY === 0 && performance.now() - this.started >= SLICE_MS;
  }

  async pause(): Promise<void> {
    await nextTurn();
    this.started = performance.now();
  }
}
