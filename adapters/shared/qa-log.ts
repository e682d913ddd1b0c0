/**
 * The questions log an editor reads: every abstention, every low-confidence answer and every
 * 👍/👎, one JSON object per line, in a local file rotated by size. It holds what readers asked and
 * what the bot answered, never a token; user and conversation ids are hashed with a salt.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Answer } from '../../src/types.js';
import { withFileLock } from './file-lock.js';

/** Why a line was written. */
export type LogKind = 'unanswered' | 'low-confidence' | 'feedback';

/** One line of the log: who asked (hashed), how, and the core's answer as it was given. */
export interface LogRecord
  extends Pick<Answer, 'answered' | 'answer' | 'passage' | 'paragraph' | 'article' | 'articleId' | 'confidence' | 'reason'> {
  /** ISO time. */
  at: string;
  kind: LogKind;
  /** For `feedback`: 👍 or 👎. */
  rating?: 'good' | 'bad';
  /** Which adapter: discord, slack, repl. */
  via: string;
  /** Salted hash of the platform user id (never the id itself). */
  user?: string;
  /** Salted hash of the conversation id. */
  conversation?: string;
  /** The question as typed, with user, channel and role mentions replaced by salted hashes. */
  question: string;
  /** The standalone question answered, when it was a follow-up (mentions hashed too). */
  resolved?: string;
}

export interface QaLogOptions {
  /** The log file (its folder is created when needed). */
  file: string;
  /** Rotate when a write would take the file past this size. Default 5 MB. */
  maxBytes?: number;
  /** How many rotated files to keep (`qa.1.log` is the newest). Default 3. */
  keep?: number;
  /** The salt for hashing ids. */
  salt: string;
  /** The clock (tests). */
  now?: () => number;
  /** Told when a write fails; answering carries on regardless. */
  onError?: (error: unknown) => void;
}

/** `logs/qa.log` → `logs/qa.1.log`; `qa` → `qa.1`. */
export function rotatedName(file: string, n: number): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.${n}${ext}`);
}

/** The log and its rotated files that exist, oldest first (for the report). */
export function logFiles(file: string, keep = 20): string[] {
  const out: string[] = [];
  for (let n = keep; n >= 1; n--) if (existsSync(rotatedName(file, n))) out.push(rotatedName(file, n));
  if (existsSync(file)) out.push(file);
  return out;
}

/** The unrotated logs in `dir` (`qa.log`, `qa-slack.log`, `qa-discord.log` ...), for a report over every adapter. */
export function baseLogFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /^qa(-[a-z0-9_-]+)?\.log$/i.test(name)).sort().map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/**
 * The per-install salt when `QA_LOG_SALT` is not set: made once at random and kept next to the
 * log (readable by its owner only), so hashes stay comparable across restarts but not across installs.
 */
export function installSalt(file: string): string {
  const saltFile = join(dirname(file), '.qa-log-salt');
  try {
    return readFileSync(saltFile, 'utf8').trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true });
    const salt = randomBytes(24).toString('base64url');
    writeFileSync(saltFile, `${salt}\n`, { mode: 0o600 });
    return salt;
  }
}

/**
 * Mentions of people, channels and groups in Slack (`<@U123>`, `<@U123|name>`, `<#C123|general>`,
 * `<!subteam^S123>`) and Discord (`<@123>`, `<@!123>`, `<#123>`, `<@&123>`) syntax.
 */
const MENTION = /<(@!?|@&|#|!subteam\^)([A-Za-z0-9]+)(?:\|[^>]*)?>/g;
const MENTION_KIND: Record<string, string> = { '@': 'user', '@!': 'user', '@&': 'role', '#': 'channel', '!subteam^': 'group' };

/** The longest the event loop waits for the log's lock before queueing the line instead. */
export const LOCK_WAIT_MS = 20;
/** Lines kept waiting for the lock at most (the oldest are dropped past it). */
const MAX_QUEUED = 1000;
/** How often queued lines try the lock again. */
const RETRY_MS = 100;

export class QaLog {
  readonly file: string;
  readonly maxBytes: number;
  readonly keep: number;
  private readonly salt: string;
  private readonly now: () => number;
  private readonly onError: (error: unknown) => void;
  /** Lines waiting for the lock, oldest first. */
  private readonly queue: Buffer[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Failures already reported since the last successful write. */
  private readonly reported = new Set<string>();

  constructor(options: QaLogOptions) {
    this.file = options.file;
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.keep = options.keep ?? 3;
    if (!(this.maxBytes > 0) || !Number.isInteger(this.keep) || this.keep < 1) throw new RangeError('qa log: maxBytes must be above 0 and keep at least 1');
    this.salt = options.salt;
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? (() => {});
  }

  /** Lines still waiting for the lock (tests, shutdown). */
  get queued(): number {
    return this.queue.length;
  }

  /** A salted hash of an id: the same id gives the same hash, and the id cannot be read back. */
  hash(id: string): string {
    return createHash('sha256').update(this.salt).update('\0').update(id).digest('hex').slice(0, 16);
  }

  /**
   * `text` with every mention's id replaced by its salted hash (`<@U0OTHER>` → `<@user:3fa2…>`):
   * the log hashes ids everywhere, including another person's id typed into a question.
   */
  hashMentions(text: string): string {
    return text.replace(MENTION, (_, sigil: string, id: string) => `<${sigil === '@!' ? '@' : sigil}${MENTION_KIND[sigil]}:${this.hash(id)}>`);
  }

  /** Records an answer worth an editor's attention: an abstention or a low-confidence answer. No-op otherwise. */
  answer(via: string, a: Answer & { asked?: string }, ids: { user?: string; conversation?: string } = {}): void {
    const kind: LogKind | undefined = !a.answered ? 'unanswered' : a.confidenceLabel === 'low' ? 'low-confidence' : undefined;
    if (kind && (a.asked ?? a.question).trim()) this.write(this.record(kind, via, a, ids));
  }

  /** Records a 👍 or 👎 on an answer. */
  feedback(via: string, rating: 'good' | 'bad', a: Answer & { asked?: string }, ids: { user?: string; conversation?: string } = {}): void {
    this.write({ ...this.record('feedback', via, a, ids), rating });
  }

  private record(kind: LogKind, via: string, a: Answer & { asked?: string }, ids: { user?: string; conversation?: string }): LogRecord {
    const asked = a.asked ?? a.question;
    return {
      at: new Date(this.now()).toISOString(),
      kind,
      via,
      ...(ids.user ? { user: this.hash(ids.user) } : {}),
      ...(ids.conversation ? { conversation: this.hash(ids.conversation) } : {}),
      question: this.hashMentions(asked),
      ...(a.question !== asked ? { resolved: this.hashMentions(a.question) } : {}),
      answered: a.answered,
      answer: a.answer,
      passage: a.passage,
      paragraph: a.paragraph,
      article: a.article,
      articleId: a.articleId,
      confidence: a.confidence,
      ...(a.reason ? { reason: a.reason } : {}),
    };
  }

  /**
   * Appends one line, rotating first when it would not fit. Safe with several processes on one
   * file: size check, rotation and append happen under a lock file, and the line goes out in one
   * write(2) on an O_APPEND descriptor, so lines never interleave, vanish or overflow the limit.
   * Answering never waits on the log: the lock is waited for at most LOCK_WAIT_MS on the event
   * loop; a line that finds it busy is queued (at most MAX_QUEUED lines) and written by a timer.
   * A failure is reported once (until a write succeeds again), never thrown.
   */
  private write(record: LogRecord): void {
    const line = Buffer.from(`${JSON.stringify(record)}\n`);
    if (this.queue.length > 0) return this.enqueue(line); // keep the lines in order
    if (!this.tryWrite(line, LOCK_WAIT_MS)) this.enqueue(line);
  }

  /** Writes one line: true when done (or dropped on an error), false when the lock stayed busy. */
  private tryWrite(line: Buffer, waitMs: number): boolean {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      withFileLock(`${this.file}.lock`, () => {
        const size = existsSync(this.file) ? statSync(this.file).size : 0;
        if (size > 0 && size + line.length > this.maxBytes) this.rotate();
        const fd = openSync(this.file, 'a', 0o600);
        try {
          for (let done = 0; done < line.length; ) done += writeSync(fd, line, done);
        } finally {
          closeSync(fd);
        }
      }, { timeoutMs: waitMs });
      this.reported.clear();
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'LOCK_TIMEOUT') return false;
      this.report(error);
      return true;
    }
  }

  private enqueue(line: Buffer): void {
    if (this.queue.length >= MAX_QUEUED) {
      this.queue.shift();
      this.report(Object.assign(new Error(`questions log ${this.file}: over ${MAX_QUEUED} lines waiting for its lock; the oldest are dropped`), { code: 'LOG_QUEUE_FULL' }));
    }
    this.queue.push(line);
    if (this.queue.length === 1) process.once('exit', this.flushAtExit);
    if (!this.timer) {
      this.timer = setTimeout(() => this.drain(), RETRY_MS);
      this.timer.unref(); // a line still queued at exit is lost, not a reason to stay up
    }
  }

  /** Writes queued lines while the lock is free; the rest wait for the next tick of the timer. */
  private drain(): void {
    this.timer = undefined;
    const started = Date.now();
    while (this.queue.length > 0 && Date.now() - started < LOCK_WAIT_MS) {
      if (!this.tryWrite(this.queue[0]!, 5)) break;
      this.queue.shift();
    }
    if (this.queue.length > 0) {
      this.timer = setTimeout(() => this.drain(), RETRY_MS);
      this.timer.unref();
    } else {
      process.off('exit', this.flushAtExit);
    }
  }

  /**
   * Writes every queued line, waiting for the lock at most `budgetMs` in all (a dead holder's lock
   * turns stale within that); what is still queued then is dropped and reported. Runs by itself
   * when the process exits with lines queued.
   */
  flush(budgetMs = 2500): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    process.off('exit', this.flushAtExit);
    const deadline = Date.now() + budgetMs;
    while (this.queue.length > 0) {
      const left = deadline - Date.now();
      if (left <= 0 || !this.tryWrite(this.queue[0]!, left)) break;
      this.queue.shift();
    }
    if (this.queue.length > 0) {
      this.report(Object.assign(new Error(`questions log ${this.file}: ${this.queue.length} lines dropped, its lock stayed busy`), { code: 'LOG_QUEUE_DROPPED' }));
      this.queue.length = 0;
    }
  }

  private readonly flushAtExit = () => this.flush();

  /** Tells `onError` once per distinct failure (a broken lock path would otherwise be reported per line). */
  private report(error: unknown): void {
    const key = `${(error as { code?: unknown }).code ?? ''}:${error instanceof Error ? error.message : String(error)}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.onError(error);
  }

  /** qa.log → qa.1.log → qa.2.log …; the oldest beyond `keep` is deleted. Called under the lock. */
  private rotate(): void {
    rmSync(rotatedName(this.file, this.keep), { force: true });
    for (let n = this.keep - 1; n >= 1; n--) {
      if (existsSync(rotatedName(this.file, n))) renameSync(rotatedName(this.file, n), rotatedName(this.file, n + 1));
    }
    renameSync(this.file, rotatedName(this.file, 1));
  }
}
