/**
 * A one-line progress display on stderr for the long parts of the bench: step count, what is
 * running and for how long. Silent when stderr is not a terminal (CI, tests, pipes).
 */
import { now } from './measure.js';

export class Progress {
  private readonly enabled: boolean;
  private done_ = 0;
  private label = '';
  private started = now();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly total: number, stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = stream.isTTY === true;
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  /** Starts the next step (the previous one counts as done). */
  step(label: string): void {
    if (this.label) this.done_++;
    this.label = label;
    this.started = now();
    if (!this.enabled) return;
    this.draw();
    this.timer ??= setInterval(() => this.draw(), 500).unref();
  }

  private draw(): void {
    const secs = ((now() - this.started) / 1000).toFixed(1);
    const line = `[${this.done_ + 1}/${this.total}] ${this.label} … ${secs} s`;
    const width = (this.stream.columns || 100) - 1;
    this.stream.write(`\r\x1b[K${line.slice(0, width)}`);
  }

  /** Clears the line. */
  done(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
