import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { About, Explanation, QaCore, RankedPassage } from '../../src/types.js';
import { formatAnswer } from '../cli/format.js';
import { createSession, feedbackThanks, NO_MORE, NOTHING_TO_EXPLAIN, NOTHING_TO_RATE, type Session } from '../shared/session.js';
import { decisionLine, helpLines, sectionNote } from '../shared/text.js';
import type { ArticleDesk } from '../shared/library/desk.js';

/** Streams and mode of one REPL session; tests pass a Readable of lines and collect the output. */
export interface ReplOptions {
  input: Readable;
  output: Writable;
  /** A person at a terminal: show a banner and a prompt. Piped input gets answers only. */
  interactive: boolean;
  /** Conversation memory and the questions log; default: memory only, no log. */
  session?: Session;
  /** `/article add|list|use|remove`, and the core of the articles in use (it changes with them). */
  articles?: { desk: ArticleDesk; core(): QaCore };
}

/** The REPL's scope for `/article use` (its one "channel"). */
export const REPL_SCOPE = 'repl';

/** The REPL is one conversation. */
const CONVERSATION = 'repl';

const HELP = `Commands:
  /help    this list
  /about   the article: headline, dateline, lead paragraph and example questions
  /article add URL|PATH   read a web page, PDF or text file and answer from it too
  /article list           the articles, with their ids
  /article use ID…        answer from these articles only (/article use all: every one)
  /article remove ID      forget an added article
  /why     the top three passages for the last question, with scores and what matched
  /more    the next-best passage for the last question (again for the one after)
  /good    the last answer was right (👍, recorded in the questions log)
  /bad     the last answer was wrong or unhelpful (👎, recorded for the article's editor)
  /quit    leave (Ctrl-D works too)
Anything else is a question about the article. Follow-ups work: "What did he say?", "And Medvedev?", "When?".`;

export function formatAbout(about: readonly About[]): string {
  return about
    .map((a) => {
      const examples = a.examples.map((e) => `  - ${e}`).join('\n');
      return `${a.title}${a.dateline ? ` (${a.dateline})` : ''}\n\n${a.lead}\n\nTry asking:\n${examples}`;
    })
    .join('\n\n');
}

/** One ranked passage: rank, score, where, the passage and what matched. */
function formatPassage(label: string, p: RankedPassage): string {
  const matched = [...p.entities.map((x) => `[${x}]`), ...p.keywords].join(', ') || 'nothing';
  return `${label} score ${p.score} · paragraph ${p.paragraph}${sectionNote(p.section, (t) => t)} of "${p.article}"\n   > ${p.passage}\n   matched: ${matched}`;
}

/** `/why`: what decided the answer (its trace), then the passages, the quoted one first. */
export function formatWhy(e: Explanation): string {
  const decided = decisionLine(e.trace);
  const head = decided ? `${decided}\n` : '';
  if (e.passages.length === 0) return `${head}No passage matched that question.`;
  return head + e.passages.map((p, k) => formatPassage(`${k + 1}.`, p)).join('\n');
}

/**
 * One more passage (`/more`), as terminal text. `rank` counts the passages other than the one the
 * answer quoted, which is /why's first: so the first /more is /why's second, numbered 2 as there.
 */
export function formatMore(p: RankedPassage, rank: number): string {
  return formatPassage(`Next best (${rank + 1}):`, p);
}

/** A command line's command, in lower case ("/About extra" → "/about"); undefined for a question. */
export function commandOf(line: string): string | undefined {
  return line.startsWith('/') ? line.split(/\s+/)[0]!.toLowerCase() : undefined;
}

/**
 * The REPL is just another adapter: it reads lines from `input`, hands questions to the core
 * and writes answers to `output`. Resolves when input ends or the user types /quit.
 */
export function runRepl(core: QaCore, options: ReplOptions): Promise<void> {
  const { input, output, interactive } = options;
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const session = options.session ?? createSession({ core, via: 'repl' });
  const currentCore = (): QaCore => options.articles?.core() ?? core;
  const actor = { user: 'repl', scope: REPL_SCOPE, canManage: true };
  /** `/article …`: one line (or a few) in reply, a refusal as one line. */
  const article = async (args: string[]): Promise<string> => {
    const desk = options.articles?.desk;
    if (!desk) return 'Articles cannot be changed here.';
    const [sub, ...rest] = args;
    try {
      if (sub === 'add' && rest.length === 1) return /^[a-z][a-z0-9+.-]*:/i.test(rest[0]!) ? await desk.addLink(rest[0]!, actor) : await desk.addPath(rest[0]!, actor);
      if (sub === 'list' && rest.length === 0) return desk.list(REPL_SCOPE);
      if (sub === 'use') return await desk.use(rest, actor);
      if (sub === 'remove' && rest.length === 1) return await desk.remove(rest[0]!, actor);
    } catch (error) {
      return `Not done: ${error instanceof Error ? error.message : String(error)}`;
    }
    return 'Usage: /article add URL|PATH · /article list · /article use ID… · /article remove ID';
  };
  let lastTurn: string | undefined;
  let moreRank = 0;
  if (interactive) {
    const { intro, examples } = helpLines(core.about());
    write(`${intro}\nFor example: ${examples.map((e) => `"${e}"`).join(' · ')}\nType /help for commands.`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  /** One line, answered in order: lines are queued so a slow answer never overtakes the next. */
  const handle = async (line: string): Promise<void> => {
    // Commands in any case, and words after one ("/about extra") do not make it unknown.
    const command = commandOf(line);
    if (command === '/help') write(HELP);
    else if (command === '/about') write(formatAbout(currentCore().about()));
    else if (command === '/article') write(await article(line.trim().split(/\s+/).slice(1)));
    else if (command === '/why') {
      const why = lastTurn ? await session.why(CONVERSATION, lastTurn) : undefined;
      write(why ? formatWhy(why) : NOTHING_TO_EXPLAIN);
    } else if (command === '/more') {
      const next = lastTurn ? await session.more(CONVERSATION, lastTurn, moreRank + 1) : undefined;
      if (next) moreRank += 1;
      write(next ? formatMore(next, moreRank) : lastTurn ? NO_MORE : NOTHING_TO_EXPLAIN);
    } else if (command === '/good' || command === '/bad') {
      const rating = command === '/good' ? 'good' : 'bad';
      write(lastTurn ? feedbackThanks(await session.feedback(CONVERSATION, undefined, lastTurn, rating), rating) : NOTHING_TO_RATE);
    } else if (command !== undefined) write(`Unknown command ${line.split(/\s/)[0]}. Type /help for the list.`);
    else if (line) {
      const answer = await session.ask(CONVERSATION, undefined, line);
      lastTurn = answer.turnId;
      moreRank = 0;
      write(formatAnswer(answer));
    }
  };
  return new Promise((resolve) => {
    let queue = Promise.resolve();
    let closed = false;
    rl.on('line', (raw) => {
      const line = raw.trim();
      const command = commandOf(line);
      if (command === '/quit' || command === '/exit') {
        closed = true;
        rl.close();
        return;
      }
      queue = queue.then(() => handle(line)).catch((error: unknown) => write(`Error: ${error instanceof Error ? error.message : String(error)}`)).then(() => {
        if (interactive && !closed) rl.prompt();
      });
    });
    rl.on('close', () => {
      closed = true;
      void queue.then(() => resolve());
    });
  });
}
