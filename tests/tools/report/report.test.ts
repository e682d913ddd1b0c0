/** `npm run report`: key terms, grouping, and the built entry point on a log written by QaLog. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { logsIn, reportFiles, withRotations } from '../../../tools/report/files.js';
import { formatSummary, keyTerms, summarise } from '../../../tools/report/summarise.js';
import { articleVocabulary } from '../../../tools/report/vocabulary.js';
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

const line = (question: string, extra: object = {}) => JSON.stringify({ at: '2024-01-01T00:00:00Z', kind: 'unanswered', via: 'x', question, ...extra });

describe('summarise: the terms the article lacks', () => {
  const known = articleVocabulary(['Mr. Lavrov met Mrs. Clinton in Moscow. Russia opposed the sanctions; Hervé ran the talks.']);

  it('knows the article\'s words and lemmas, whatever the case or accents', () => {
    for (const t of ['lavrov', 'sanction', 'moscow', 'meet', 'met', 'run', 'herve']) expect(known(t), t).toBe(true);
    for (const t of ['water', 'boil', 'tall']) expect(known(t), t).toBe(false);
  });

  it('lists only terms the article lacks among the terms most often missing', () => {
    const lines = [line('How tall is LAVROV?'), line('how tall is lavrov'), line('Did Lavrov like the sanctions water?')];
    const s = summarise(lines, { known });
    expect(s.topTerms.map((t) => t.term)).toEqual(['tall', 'like', 'water']);
    expect(s.termsChecked).toBe(true);
    expect(formatSummary(s)).toContain('Key terms the article lacks, most often asked: tall (2), like (1), water (1)');
    // The groups still show every key term: that is how the questions are grouped.
    expect(s.groups[0]!.terms).toEqual(['lavrov', 'tall']);
  });

  it('does not list a word whose stem differs from the article\'s, nor a typo of an article word, and lists words as typed', () => {
    const vocabulary = articleVocabulary(['The council will decide to make the negotiations public.']);
    const lines = [line('what was decided'), line('who is making the decision'), line('when do negotations end'), line('how tall are the towers')];
    const s = summarise(lines, { known: vocabulary });
    // "decided" and "making" stem to "decid" and "mak", the article's words to "decide" and "make";
    // "negotations" is read as "negotiations". "decision" and "end" are truly missing.
    expect(s.topTerms.map((t) => t.term).sort()).toEqual(['decision', 'end', 'tall', 'towers']);
  });

  it('shows the question as typed, not the follow-up\'s rewrite, while grouping by the rewrite', () => {
    const s = summarise([line('why?', { resolved: 'Why did Lavrov meet Clinton?' }), line('Why did Lavrov meet Clinton?')]);
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0]!.questions.map((q) => q.text).sort()).toEqual(['Why did Lavrov meet Clinton?', 'why?']);
  });

  it('says when every term is in the article (the answer is there but was not found)', () => {
    expect(formatSummary(summarise([line('Who did Lavrov meet?')], { known }))).toContain('Every key term of these questions is in the article');
  });

  it('without an article, says the terms were not checked', () => {
    expect(formatSummary(summarise([line('How tall is Lavrov?')]))).toContain('(not checked against an article): lavrov (1), tall (1)');
  });
});

describe('summarise: odd logs', () => {
  it('a log with no valid line says so, not "Nothing the article failed to answer"', () => {
    const text = formatSummary(summarise(['garbage', '{"a":1}', '[1,2]', 'null', '42']));
    expect(text).toMatch(/^No valid line in the questions log: none of its 5 lines/);
    expect(text).not.toContain('🎉');
  });

  it('an empty log says it is empty', () => {
    expect(formatSummary(summarise(['', '  ']))).toBe('The questions log is empty: it fills as people ask the bots.');
  });

  it('does not stop on valid JSON with a field of the wrong type: skips the line when kind or question is not text, ignores other fields', () => {
    const lines = [
      JSON.stringify({ kind: 'unanswered', question: 5 }),
      JSON.stringify({ kind: ['unanswered'], question: 'x' }),
      line('What did Lavrov eat?', { resolved: 7, reason: { x: 1 }, rating: 3, at: null }),
      line('How tall is Lavrov?', { resolved: null }),
      line('Why?', { resolved: 'Why did Lavrov object?', kind: 'feedback', rating: 'bad' }),
    ];
    const s = summarise(lines);
    expect(s).toMatchObject({ lines: 3, skipped: 2, unanswered: 2, bad: 1 });
    expect(s.groups.map((g) => g.terms.join(' ')).sort()).toEqual(['eat lavrov', 'lavrov object', 'lavrov tall']);
    expect(s.groups.find((g) => g.terms.includes('eat'))!.reasons).toEqual([]);
  });
});

describe('which files the report reads', () => {
  it('a log and every rotated file that exists, oldest first, however many there are', () => {
    const names = ['qa.log', ...Array.from({ length: 30 }, (_, k) => `qa.${k + 1}.log`), 'qa.log.31', 'qa-slack.1.log', '.qa-log-salt'];
    const files = withRotations('/l/qa.log', names);
    expect(files).toHaveLength(32);
    expect(files.slice(0, 3)).toEqual(['/l/qa.log.31', '/l/qa.30.log', '/l/qa.29.log']);
    expect(files.at(-1)).toBe('/l/qa.log');
    expect(withRotations('/l/qa-slack.log', names)).toEqual(['/l/qa-slack.1.log']);
  });

  it('by default every questions log in logs/: one shared qa.log or one per adapter, rotated ones included', () => {
    const names = ['qa.log', 'qa.1.log', 'qa-slack.log', 'qa-slack.2.log', 'qa-discord.1.log', 'qa-repl.log.1', '.qa-log-salt', 'app.log', 'quarantine.txt'];
    expect(logsIn('/l', names)).toEqual(['/l/qa-discord.log', '/l/qa-repl.log', '/l/qa-slack.log', '/l/qa.log']);
  });

  it('paths given win over QA_LOG_FILE, which wins over the folder; a path named twice is read once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-files-'));
    for (const n of ['a.log', 'a.1.log', 'qa.log', 'qa-slack.log', 'b.log']) writeFileSync(join(dir, n), '');
    expect(reportFiles({ paths: [join(dir, 'a.log'), join(dir, 'a.log')], configured: join(dir, 'b.log'), defaultDir: dir })).toEqual([join(dir, 'a.1.log'), join(dir, 'a.log')]);
    expect(reportFiles({ paths: [], configured: join(dir, 'b.log'), defaultDir: dir })).toEqual([join(dir, 'b.log')]);
    expect(reportFiles({ paths: [], configured: undefined, defaultDir: dir })).toEqual([join(dir, 'qa-slack.log'), join(dir, 'qa.log')]);
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

    const { stdout } = await run(process.execPath, ['dist/tools/report/main.js', '--file', file], { cwd: ROOT });
    expect(stdout).toContain('Questions log: 12 entries — 9 unanswered, 1 low-confidence, 1 👎, 1 👍.');
    const ranked = stdout.split('\n').filter((l) => /^\s+\d+\. \d+×/.test(l));
    expect(ranked[0]).toMatch(/^\s+1\. 5×\s+\[boil, point, water\]\s+\(5 unanswered\)$/);
    expect(ranked[1]).toMatch(/^\s+2\. 4×\s+\[lavrov, tall\]/);
    expect(stdout).toContain('“Lavrov: how tall?”');
    expect(stdout).toContain('why not: it never mentions "boiling", "water"');

    const json = JSON.parse((await run(process.execPath, ['dist/tools/report/main.js', '--file', file, '--json', '--top', '2'], { cwd: ROOT })).stdout);
    expect(json.files.length).toBeGreaterThan(1); // the log was rotated; every file was read
    expect(json.groups).toHaveLength(2);
    expect(json.groups[0].questions).toEqual([{ text: 'What is the boiling point of water?', count: 5 }]);
  });

  it('reads all 31 files that QA_LOG_KEEP=30 keeps, and several logs named on the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-report-'));
    const file = join(dir, 'qa.log');
    const log = new QaLog({ file, salt: 's', maxBytes: 1024, keep: 30 });
    for (let i = 0; i < 200; i++) log.answer('discord', abstain(`What is the boiling point of water number ${i}?`));
    const other = join(dir, 'qa-slack.log');
    writeFileSync(other, `${line('How tall is Lavrov?')}\n`);
    const { stdout } = await run(process.execPath, ['dist/tools/report/main.js', file, other, '--json'], { cwd: ROOT, env: { ...process.env, QA_LOG_KEEP: '30' } });
    const json = JSON.parse(stdout);
    expect(json.files).toHaveLength(32);
    expect(json.files.at(-1)).toBe(other);
    expect(json.lines).toBeGreaterThan(21 * 3); // more than the 21 files read before
  });

  it('checks terms against the seed article: "lavrov" is not missing, "tall" is', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qa-report-')), 'qa.log');
    writeFileSync(file, ['How tall is Lavrov?', 'how tall is LAVROV', 'What did Lavrov say about Iran?'].map((q) => line(q)).join('\n'));
    const { stdout } = await run(process.execPath, ['dist/tools/report/main.js', file], { cwd: ROOT });
    expect(stdout).toContain('Key terms the article lacks, most often asked: tall (2)\n');
  });

  it('a log of garbage: says no line is valid, exit 0', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qa-report-')), 'qa.log');
    writeFileSync(file, 'garbage\n{"kind":1}\n');
    const { stdout } = await run(process.execPath, ['dist/tools/report/main.js', '--file', file], { cwd: ROOT });
    expect(stdout).toMatch(/^No valid line in the questions log: none of its 2 lines/);
  });

  it('says so when there is no log yet', async () => {
    const { stdout } = await run(process.execPath, ['dist/tools/report/main.js', '--file', join(tmpdir(), 'no-such-dir-qa', 'qa.log')], { cwd: ROOT });
    expect(stdout).toMatch(/^No questions log at .* yet/);
  });
});
