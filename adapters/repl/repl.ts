import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { About, Explanation, QaCore } from '../../src/types.js';
import { formatAnswer } from '../cli/format.js';
import { helpLines } from '../shared/text.js';

/** Streams and mode of one REPL session; tests pass a Readable of lines and collect the output. */
export interface ReplOptions {
  input: Readable;
  output: Writable;
  /** A person at a terminal: show a banner and a prompt. Piped input gets answers only. */
  interactive: boolean;
}

const HELP = `Commands:
  /help    this list
  /about   the article: headline, dateline, lead paragraph and example questions
  /why     the top three passages for the last question, with scores and what matched
  /quit    leave (Ctrl-D works too)
Anything else is a question about the article.`;

export function formatAbout(about: readonly About[]): string {
  return about
    .map((a) => {
      const examples = a.examples.map((e) => `  - ${e}`).join('\n');
      return `${a.title}${a.dateline ? ` (${a.dateline})` : ''}\n\n${a.lead}\n\nTry asking:\n${examples}`;
    })
    .join('\n\n');
}

export function formatWhy(e: Explanation): string {
  if (e.passages.length === 0) return 'No passage matched that question.';
  return e.passages
    .map((p, k) => {
      const matched = [...p.entities.map((x) => `[${x}]`), ...p.keywords].join(', ') || 'nothing';
      return `${k + 1}. score ${p.score} · paragraph ${p.paragraph} of "${p.article}"\n   “${p.passage}”\n   matched: ${matched}`;
    })
    .join('\n');
}

/**
 * The REPL is just another adapter: it reads lines from `input`, hands questions to the core
 * and writes answers to `output`. Resolves when input ends or the user types /quit.
 */
export function runRepl(core: QaCore, { input, output, interactive }: ReplOptions): Promise<void> {
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  let lastQuestion: string | undefined;
  if (interactive) {
    const { intro, examples } = helpLines(core.about());
    write(`${intro}\nFor example: ${examples.map((e) => `"${e}"`).join(' · ')}\nType /help for commands.`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  return new Promise((resolve) => {
    rl.on('line', (raw) => {
      const line = raw.trim();
      if (line === '/quit' || line === '/exit') {
        rl.close();
        return;
      }
      if (line === '/help') write(HELP);
      else if (line === '/about') write(formatAbout(core.about()));
      else if (line === '/why') write(lastQuestion ? formatWhy(core.explain(lastQuestion)) : 'Ask a question first, then /why shows how it was answered.');
      else if (line.startsWith('/')) write(`Unknown command ${line.split(/\s/)[0]}. Type /help for the list.`);
      else if (line) {
        lastQuestion = line;
        write(formatAnswer(core.ask(line)));
      }
      if (interactive) rl.prompt();
    });
    rl.on('close', () => resolve());
  });
}
