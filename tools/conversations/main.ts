/**
 * `npm run converse`: plays the scripted conversations of tools/conversations/news.jsonl over the
 * news-wikinews training articles (../shared/train/news-wikinews/articles) through the core's
 * conversation layer, and prints the share of turns right, every bare follow-up ("why", "when")
 * with what it was read as, and each turn that went wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine, type HelpText } from '../../adapters/cli/args.js';
import { readArticle } from '../../adapters/shared/articles.js';
import { runMain } from '../../adapters/shared/env.js';
import { createCore } from '../../src/index.js';
import type { QaCore } from '../../src/types.js';
import { figures, play, type Script, type TurnResult } from './play.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const HELP: HelpText = {
  command: 'npm run converse',
  usage: ['npm run converse -- [--file FILE] [--shared DIR] [--all] [--json]'],
  summary:
    'Plays scripted multi-turn conversations through the conversation layer and prints the share of turns\n' +
    'whose answer line holds an expected answer (or that abstain where they should), every bare follow-up\n' +
    '("why", "when" …) with what it was read as, and the turns that went wrong.',
  options: [
    ['--file FILE', 'the conversations (default tools/conversations/news.jsonl)'],
    ['--shared DIR', 'the shared data checkout (default ../shared next to the project)'],
    ['--all', 'print every turn, not only the ones that went wrong'],
    ['--json', 'the figures as one JSON object'],
  ],
};

const pct = (n: number, of: number): string => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);

function line(r: TurnResult): string {
  const reply = r.reply.answered ? r.reply.answer : `(no answer: ${r.reply.reason ?? r.reply.answer})`;
  const resolved = r.resolved !== r.asked ? ` → ${JSON.stringify(r.resolved)}` : '';
  return `  [${r.verdict}] ${r.script}#${r.index + 1} ${JSON.stringify(r.asked)}${resolved}\n      ${reply.replace(/\s+/g, ' ').slice(0, 160)}`;
}

await runMain('converse', async () => {
  const args = parseCommandLine('converse', HELP, {
    options: {
      file: { type: 'string', default: join(ROOT, 'tools', 'conversations', 'news.jsonl') },
      shared: { type: 'string', default: join(ROOT, '..', 'shared') },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!args) return;
  const { values } = args;
  const articles = join(values.shared, 'train', 'news-wikinews', 'articles');
  if (!existsSync(articles)) throw new Error(`no articles at ${articles}; check out ../shared next to the project or pass --shared DIR`);
  const scripts = readFileSync(values.file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Script);
  const cores = new Map<string, QaCore>();
  const results: TurnResult[] = [];
  for (const script of scripts) {
    let core = cores.get(script.article);
    if (!core) {
      core = createCore([readArticle(join(articles, `${script.article}.txt`))]);
      cores.set(script.article, core);
    }
    results.push(...(await play(core, script)));
  }
  const f = figures(results);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ conversations: scripts.length, ...f })}\n`);
    return;
  }
  const out: string[] = [];
  out.push(`Bare follow-ups (${f.bareResolved} of ${f.bareAfterAnswer} after an answered turn rewritten):`);
  for (const r of results.filter((x) => x.bare)) {
    out.push(`  ${r.script}#${r.index + 1} ${JSON.stringify(r.asked)} → ${JSON.stringify(r.resolved)}${r.afterAnswer ? '' : ' (after no answer)'} [${r.verdict}]`);
  }
  const shown = values.all ? results : results.filter((r) => r.verdict !== 'right');
  out.push('', values.all ? 'Every turn:' : 'Turns not right:', ...shown.map(line));
  out.push(
    '',
    `${scripts.length} conversations, ${f.turns} turns: right ${pct(f.right, f.turns)} · right passage, wrong answer line ${pct(f.passage, f.turns)} · ` +
      `missed ${pct(f.missed, f.turns)} · wrong ${pct(f.wrong, f.turns)}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
});
