/**
 * The bounded queue every question goes through before the core answers it. The core is
 * synchronous: under a burst, questions answered back to back keep the event loop busy, and the
 * platform's deadlines (Discord's 3 s for an interaction) pass while replies wait. Here one
 * question at a time is in the core's hands, the event loop gets a turn between two of them (so
 * acknowledgements, deferrals and replies go out meanwhile), and past `maxPending` waiting questions a
 * question is refused at once with a BusyError ("busy, try again") instead of waiting without bound.
 */

/** The queue is full: the caller answers "busy, try again". */
export class BusyError extends Error {
  readonly code = 'BUSY';
  constructor(pending: number) {
    super(`${pending} questions are waiting already`);
    this.name = 'BusyError';
  }
}

export interface WorkQueueOptions {
  /**
   * Questions handled at once. Default 1: the core is synchronous, and questions started together
   * would run their core parts back to back with no turn for I/O between them.
   */
  concurrency?: number;
  /** Questions allowed to wait; past this, BusyError. Default 200. */
  maxPending?: number;
}

/** What the user reads when the queue is full. */
export const BUSY = 'I am answering a lot of questions right now. Please try again in a minute.';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkQueue {
  private readonly concurrency: number;
  private readonly maxPending: number;
  private readonly waiting: Array<() => void> = [];
  private running = 0;
  /** Recent time per job (ms), smoothed. */
  private averageMs = 5;

  constructor(options: WorkQueueOptions = {}) {
    this.concurrency = options.concurrency ?? 1;
    this.maxPending = options.maxPending ?? 200;
  }

  /** Jobs waiting to start. */
  get pending(): number {
    return this.waiting.length;
  }

  /** How long a job queued now would wait before it starts, roughly (ms). */
  expectedWaitMs(): number {
    return Math.ceil((this.waiting.length + Math.max(0, this.running - this.concurrency + 1)) / this.concurrency) * this.averageMs;
  }

  /** Runs `job` when its turn comes; rejects with BusyError at once when too many are waiting. */
  async run<T>(job: () => T | Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxPending) throw new BusyError(this.waiting.length);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running++;
    const started = performance.now();
    try {
      return await job();
    } finally {
      this.averageMs = this.averageMs * 0.8 + (performance.now() - started) * 0.2;
      // The event loop's turn (I/O: acknowledgements, replies) before the next job starts.
      await turn();
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
