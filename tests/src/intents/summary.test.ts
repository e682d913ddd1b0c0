import { describe, expect, it } from 'vitest';
import { summaryRequest } from '../../../src/intents/summary.js';
import { seedCore } from '../seed.js';

describe('summary requests', () => {
  it('are read in many wordings', () => {
    for (const q of ['summarize', 'Summarise the article please', 'tldr', 'tl;dr', 'what is this article about', "what's it about?", 'give me the gist', 'overview', 'what happened']) {
      expect(summaryRequest(q), q).toEqual({});
    }
    expect(summaryRequest('whats going on with iran')).toEqual({ topic: 'iran' });
  });
  it('are not article questions', () => {
    for (const q of ['What is the headline of the article?', 'what happened in Geneva', 'What did Lavrov say about sanctions?', 'summary of sanctions law in the EU 1990 to 2000 in detail with many words']) {
      expect(summaryRequest(q), q).toBeUndefined();
    }
  });
});

describe('the summary', () => {
  const core = seedCore();
  it('gives the headline, the dateline and two or three sentences with paragraph numbers, in article order', () => {
    const a = core.ask('tldr');
    expect(a.kind).toBe('summary');
    expect(a.answered).toBe(true);
    const [head, ...lines] = a.answer.split('\n');
    expect(head).toBe('Russia Resists U.S. Position on Sanctions for Iran (MOSCOW)');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const l of lines) expect(l).toMatch(/^• .+ \(paragraph \d+\)$/);
    const paragraphs = a.points!.map((p) => p.paragraph);
    expect([...paragraphs].sort((x, y) => x - y)).toEqual(paragraphs);
    // The lead carries a news story: lead position counts.
    expect(paragraphs[0]).toBe(1);
  });
  it('on a topic keeps to the sentences that mention it', () => {
    const a = core.ask("what's going on with qum");
    expect(a.kind).toBe('summary');
    for (const p of a.points!) expect(p.text).toMatch(/Qum/);
  });
  it('a topic the article never mentions is a question for retrieval', () => {
    expect(core.ask('whats going on with brazil').kind).toBe('not-answered');
  });
});
