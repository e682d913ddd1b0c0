/**
 * A bound on replies in flight (handled, not yet delivered). A platform client queues what it
 * cannot send yet without bound (discord.js past Discord's ~50 requests/s): under a flood the
 * queue, and every answer's delay, would grow for as long as the flood lasts. Up to `max` replies
 * in flight a message is answered; up to twice that it gets a short "busy, try again" (which
 * travels the same queue, so it counts too); past that it is dropped, and the drops are logged.
 */

export type Admission = 'answer' | 'busy' | 'drop';

export class InFlight {
  private count = 0;
  constructor(readonly max = 100) {}

  /** How many replies are in flight now. */
  get size(): number {
    return this.count;
  }

  /** Admits one more reply (call `done` once it is delivered or has failed), or says what to do instead. */
  admit(): { admission: Admission; done: () => void } {
    const admission: Admission = this.count < this.max ? 'answer' : this.count < 2 * this.max ? 'busy' : 'drop';
    if (admission === 'drop') return { admission, done: () => {} };
    this.count++;
    let finished = false;
    return {
      admission,
      done: () => {
        if (finished) return;
        finished = true;
        this.count--;
      },
    };
  }
}
