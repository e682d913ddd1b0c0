/** `npm run report`: key terms, grouping, and the built entry point on a log written by QaLog. */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { keyTerms, summarise } from '../../../adapters/report/summarise.js';
import { QaLog } from '../../../adapters/shared/qa-log.js';
import type { Answer } from '../../../src/types.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');

const abstain = (question: string, reason = 'it never mentions it'): Answer => ({ question, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason });
const answered = (question: string, confidence: number): Answer => ({ question, answered: true, answer: 'Clinton', passage: 'Mrs. Clinton met him.', paragraph: 6, article: 'Russia Resists', articleId: 'r.txt', confidence, confidenceLabel: confidence < 0.5 ? 'low' : 'high' });

describe('keyTerms', () => {
  it('keeps content words, stemmed and sorted, so rewordings meet', () => {
    expect(keyTerms('What is the boiling point of water?')).toEqual(['boil', 'point', 'water']);
    expect(keyTerms('water: boiling point?')).toEqual(keyTerms('What is the boiling point of water?'));
    expect(keyTerms("What did Russia's minister say about sanctions?")).toEqual(['minister', 'russia', 'sanction']);
  });
});

describe('summarise', () => {
  it('groups what needs attention by key terms, most frequent first, and skips bad lines', () => {
    const lines = [
      JSON.stringify({ at: '2024-01-01T00:00:00Z', kind: 'unanswered', via: 'x', question: 'What is the boiling point of water?', reason: 'it never mentions "water"' }),
      JSON.stringify({ at: '2024-01-01T00:01:00Z', kind: 'unanswered', via: 'x', question: 'Boiling point of water?' }),
      JSON.stringify({ at: '2024-01-01T00:02:00Z', kind: 'feedback', rating: 'bad', via: 'x', question: 'When?', resolved: 'When did Clinton meet Lavrov?' }),
      JSON.stringify({ at: '2024-01-01T00:03:00Z', kind: 'feedback', rating: 'good', via: 'x', question: 'Who met Lavrov?' }),
      'not json',
    ];
    const s = summarise(lines);
    expect(s).toMatchObject({ lines: 4, unanswered: 2, bad: 1, good: 1, skipped: 1 });
    expect(s.groups.map((g) => [g.count, g.terms])).toEqual([[2, ['boil', 'point', 'water']], [1, ['clinton', 'lavrov', 'meet']]]);
    expect(s.groups[0]!.reasons).toEqual(['it never mentions "water"']);
  });
});

describe('npm run report (the built script)', () => {
  it('summarises a log written by the adapters, rotated files included', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qa-report-')), 'qa.log');
    const log = new QaLog({ file, salt: 's', maxBytes: 1500, keep: 5 });
    for (let i = 0; i < 5; i++) log.answer('discord', abstain('What is the boiling point of water?', 'it never mentions "boiling", "water"'));
    for (let i = 0; i < 3; i++) log.answer('slack', abstain('How tall is Lavrov?'));
    log.answer('slack', abstain('Lavrov: how tall?'));
    log.answer('repl', answered('Who met Lavrov?', 0.3));
    log.answer('repl', answered('Who met Lavrov?', 0.9)); // confident: not logged
    log.feedback('discord', 'bad', { ...answered('When did Clinton meet Lavrov?', 0.8), asked: 'When?' });
    log.feedback('discord', 'good', answered('Who met Lavrov?', 0.8));

    const { stdout } = await run(process.execPath, ['dist/adapters/report/main.js', '--file', file], { cwd: ROOT });
    expect(stdout).toContain('Questions log: 12 entries — 9 unanswered, 1 low-confidence, 1 👎, 1 👍.');
    const ranked = stdout.split('\n').filter((l) => /^\s+\d+\. \d+×/.test(l));
    expect(ranked[0]).toMatch(/^\s+1\. 5×\s+\[boil, point, water\]\s+\(5 unanswered\)$/);
    expect(ranked[1]).toMatch(/^\s+2\. 4×\s+\[lavrov, tall\]/);
    expect(stdout).toContain('“Lavrov: how tall?”');
    expect(stdout).toContain('why not: it never mentions "boiling", "water"');

    const json = JSON.parse((await run(process.execPath, ['dist/adapters/report/main.js', '--file', file, '--json', '--top', '2'], { cwd: ROOT })).stdout);
    expect(json.files.length).toBeGreaterThan(1); // the log was rotated; every file was read
    expect(json.groups).toHaveLength(2);
    expect(json.groups[0].questions).toEqual([{ text: 'What is the boiling point of water?', count: 5 }]);
  });

  it('says so when there is no log yet', async () => {
    const { stdout } = await run(process.execPath, ['dist/adapters/report/main.js', '--file', join(tmpdir(), 'no-such-dir-qa', 'qa.log')], { cwd: ROOT });
    expect(stdout).toMatch(/^No questions log at .* yet/);
  });
});
