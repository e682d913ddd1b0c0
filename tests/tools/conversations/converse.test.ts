/** `npm run converse`: the reader's judge of a reply, and the runner without ../shared. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holds, judge } from '../../../tools/conversations/play.js';
import type { Answer } from '../../../src/types.js';

const ROOT = join(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'dist/tools/conversations/main.js');

const reply = (answer: string, passage = `${answer}.`, kind: Answer['kind'] = 'answer'): Answer => ({
  kind, question: 'q', answered: true, answer, passage, paragraph: 1, article: 'A', articleId: 'a.txt', confidence: 0.9, confidenceLabel: 'high',
});
const abstention: Answer = { kind: 'not-answered', question: 'q', answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: 'it never mentions "x"' };

describe('the judge', () => {
  it('matches whole words, any case and dash style; a verdict word only where the line starts', () => {
    expect(holds('Denver won 24-10', '24–10')).toBe(true);
    expect(holds('Sunday morning', 'sun')).toBe(false);
    expect(holds('No — did not make bail', 'No')).toBe(true);
    expect(holds('there was no panic', 'No')).toBe(false);
  });

  it('right, right passage with a wrong answer line, missed, wrong; abstentions and small talk', () => {
    expect(judge({ ask: 'q', expect: ['Vienna'] }, reply('Vienna'))).toBe('right');
    expect(judge({ ask: 'q', expect: ['Vienna'] }, reply('Monday', 'They meet in Vienna on Monday.'))).toBe('passage');
    expect(judge({ ask: 'q', expect: ['Vienna'] }, abstention)).toBe('missed');
    expect(judge({ ask: 'q', expect: ['Vienna'] }, reply('Geneva'))).toBe('wrong');
    expect(judge({ ask: 'q', abstain: true }, abstention)).toBe('right');
    expect(judge({ ask: 'q', abstain: true }, reply('Geneva'))).toBe('wrong');
    expect(judge({ ask: 'thanks', chat: true }, reply("You're welcome.", '', 'chat'))).toBe('right');
    expect(judge({ ask: 'q', abstain: true }, reply('Could you ask it in other words?', '', 'chat'))).toBe('right');
  });
});

describe('npm run converse', () => {
  it('without the shared data: one line on stderr and exit 1', () => {
    const r = spawnSync(process.execPath, [MAIN, '--shared', join(mkdtempSync(join(tmpdir(), 'converse-')), 'none')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^converse: no articles at .+; check out \.\.\/shared/);
  });

  it('plays a conversation file over the articles it is given and prints the shares', () => {
    const shared = mkdtempSync(join(tmpdir(), 'converse-'));
    const articles = join(shared, 'train', 'news-wikinews', 'articles');
    mkdirSync(articles, { recursive: true });
    writeFileSync(join(articles, 'bridge.txt'), 'Bridge to close\n\nMonday, May 1, 2023\n\nThe harbour bridge in Brenmouth will close on Friday for repairs. Engineers found cracks in its steel frame.\n');
    const file = join(shared, 'c.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'b', article: 'bridge', turns: [{ ask: 'when will the bridge close', expect: ['Friday'] }, { ask: 'why', expect: ['cracks'] }] })}\n`);
    const r = spawnSync(process.execPath, [MAIN, '--shared', shared, '--file', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const figures = JSON.parse(r.stdout) as Record<string, number>;
    expect(figures).toMatchObject({ conversations: 1, turns: 2, bareAfterAnswer: 1, bareResolved: 1 });
    expect(figures.right! + figures.passage! + figures.missed! + figures.wrong!).toBe(2);
  });
});
