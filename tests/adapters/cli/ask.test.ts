/** `npm run ask` as users and the scorer run it: node on the built dist/adapters/cli/ask.js. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const ASK = join(ROOT, 'dist/adapters/cli/ask.js');

function ask(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [ASK, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, QA_LOG_FILE: 'off' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('ask --json', () => {
  it('writes exactly one JSON object per input line, in order, with the protocol fields', () => {
    const questions = ['When is the next major step in the diplomatic process?', '', 'What is the boiling point of water?', '🤔'.repeat(3)];
    const r = ask(['--json'], `${questions.join('\n')}\n`);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(questions.length);
    const replies = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const [k, rep] of replies.entries()) {
      for (const field of ['question', 'answered', 'answer', 'passage', 'paragraph', 'article', 'confidence']) expect(rep, field).toHaveProperty(field);
      expect(rep.question).toBe(questions[k]!.trim());
    }
    expect(replies[0]).toMatchObject({ answered: true, answer: 'Monday', form: 'short', article: 'Russia Resists U.S. Position on Sanctions for Iran' });
    // Without --trace the trace stays out of the line; with it, it is there.
    expect(replies[0]).not.toHaveProperty('trace');
    expect(replies[1]!.answered).toBe(false);
    expect(replies[2]).toMatchObject({ answered: false, passage: '' });
  });

  it('answers the question given as an argument as one JSON line, without waiting for stdin', () => {
    const r = ask(['--json', 'When is the next major step in the diplomatic process?'], 'Who is Lavrov?\n');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ question: 'When is the next major step in the diplomatic process?', answered: true, answer: 'Monday' });
  });

  it('says which kind of reply each line is', () => {
    const r = ask(['--json'], 'hi\nsummarize\nwho is in the article\nhelp\nWho is Lavrov?\nWhat is the boiling point of water?\n');
    const kinds = r.out.trim().split('\n').map((l) => (JSON.parse(l) as { kind: string }).kind);
    expect(kinds).toEqual(['chat', 'summary', 'people', 'help', 'answer', 'not-answered']);
  });

  it('answers from the articles given with --article, naming the article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-'));
    const file = join(dir, 'zoo.txt');
    writeFileSync(file, 'Zoo News\n\nThe city zoo welcomed a baby giraffe named Tilly in April.\n');
    const r = ask(['--json', '--article', file], 'What was the baby giraffe named?\n');
    expect(JSON.parse(r.out)).toMatchObject({ answered: true, articleId: 'zoo.txt', article: 'Zoo News' });
  });

  it('carries the section a Markdown article quotes from, and none above its first heading', () => {
    const file = join(ROOT, 'tests/fixtures/articles/pool-guide.md');
    const r = ask(['--json', '--article', file], 'How much is an adult ticket?\nWhen did the pool reopen?\n');
    const [ticket, reopened] = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ticket).toMatchObject({ answered: true, answer: '$4', paragraph: 3, section: 'Prices & tickets' });
    expect(reopened).toMatchObject({ answered: true, answer: 'Tuesday', paragraph: 1 });
    expect(reopened).not.toHaveProperty('section');
    expect(ask(['--article', file, 'How much is an adult ticket?']).out).toContain('\n  — paragraph 3 (§ Prices & tickets) of "Riverside Pool Reopens"');
  });
});

describe('ask with a question argument', () => {
  it('prints the short answer, the quoted passage and where it is', () => {
    const r = ask(['When is the next major step in the diplomatic process?']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Monday\n {2}> The next major step .*\n {2}— paragraph 14 of "Russia Resists U\.S\. Position on Sanctions for Iran"/);
  });
  it('prints a sentence answer once, as the answer line, then where it is', () => {
    const r = ask(['--json'], 'Where will Iran meet officials from France and Russia?\n');
    const a = JSON.parse(r.out) as { form: string; answer: string; passage: string; highlight?: string };
    if (a.form !== 'sentence') return;
    expect(a.answer).toBe(a.passage);
    expect(a.answer).toContain(a.highlight);
    const plain = ask(['Where will Iran meet officials from France and Russia?']);
    expect(plain.out).toMatch(/^The next major step .*\n {2}— paragraph 14 of "Russia Resists/);
    expect(plain.out).not.toContain('  > ');
  });
  it('--json --trace adds the decision: stage, passages, candidates and the judge', () => {
    const r = ask(['--json', '--trace'], 'When is the next major step in the diplomatic process?\n');
    const a = JSON.parse(r.out) as { trace: { stage: string; passages: unknown[]; candidates: unknown[]; judge: { shape: string } } };
    expect(a.trace.stage).toBe('read');
    expect(a.trace.passages.length).toBeGreaterThan(0);
    expect(a.trace.candidates.length).toBeGreaterThan(0);
    expect(a.trace.judge.shape).toBe('short');
  });
  it('says how it read a question with a typo before the answer', () => {
    const r = ask(['Who edits the journal Russia in Global Afairs?']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('(reading "Afairs" as "Affairs")');
    expect(r.out.split('\n')[1]).toBe('Fyodor Lukyanov');
  });
  it('without a question prints the usage and exits 2', () => {
    const r = ask([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage: npm run ask/);
  });
});

describe('bad article files: one line naming the file, exit 1, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-articles-'));
  const cases: [string, string | Buffer | undefined, RegExp][] = [
    ['missing.txt', undefined, /no such file/],
    ['empty.txt', '  \n\n ', /is empty/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    ['latin1.txt', Buffer.from('Caf\xe9 news\n\nThe caf\xe9 opened.', 'latin1'), /not valid UTF-8/],
  ];
  for (const [name, content, problem] of cases) {
    it(name, () => {
      const file = join(dir, name);
      if (content !== undefined) writeFileSync(file, content);
      const r = ask(['--json', '--article', file], 'Who?\n');
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      const lines = r.err.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(problem);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  }
});
