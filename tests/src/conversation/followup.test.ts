/** `resolveFollowUp` on hand-made turns: cases the seed core cannot produce by itself (a "No"). */
import { describe, expect, it } from 'vitest';
import { resolveFollowUp, type PriorTurn } from '../../../src/conversation/followup.js';
import type { Answer } from '../../../src/types.js';
import { seedCore } from '../seed.js';

const names = (text: string) => seedCore().names(text);

function turn(resolved: string, answer: string | undefined, question = resolved): PriorTurn {
  const a: Answer = answer === undefined
    ? { question: resolved, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: 'it never mentions "x"' }
    : { question: resolved, answered: true, answer, passage: `${answer}.`, paragraph: 1, article: 'A', articleId: 'a.txt', confidence: 0.9, confidenceLabel: 'high' };
  return { question, resolved, answer: a };
}

describe('resolveFollowUp', () => {
  it('asks why not after a "No"', () => {
    expect(resolveFollowUp('why', [turn('did the government send money', 'No')], names).question).toBe("Why didn't the government send money?");
    expect(resolveFollowUp('why not?', [turn('Is Russia ready to back sanctions?', 'No, it had received nothing')], names).question).toBe("Why isn't Russia ready to back sanctions?");
  });

  it('follows up a "why not" after an answer that was no "No" loosely, and says so', () => {
    const out = resolveFollowUp('why not', [turn('Who met Lavrov?', 'Clinton')], names);
    expect(out).toEqual({ question: 'Why not met Lavrov? Clinton?'.replace('? ', ' '), readAs: 'following up on: "Who met Lavrov?"' });
  });

  it('marks a bare question after an unanswered turn, so that the reply asks to rephrase', () => {
    const unanswered = turn('Who met Merkel?', undefined);
    expect(resolveFollowUp('when?', [turn('Who met Lavrov?', 'Clinton'), unanswered], names)).toEqual({ question: 'when?', unanswered });
  });

  it('skips small talk in between: "thanks" does not break the chain', () => {
    const thanks: PriorTurn = { question: 'thanks', resolved: 'thanks', answer: { ...turn('thanks', 'You are welcome.').answer, kind: 'chat', passage: '' } };
    expect(resolveFollowUp('why?', [turn('Who met Lavrov?', 'Clinton'), thanks], names).question).toBe('Why did Clinton meet Lavrov?');
  });

  it('reads "who else" as the last question asked again, the earlier answer set aside', () => {
    const previous = turn('Who did Clinton meet?', 'Lavrov');
    expect(resolveFollowUp('who else?', [previous], names)).toEqual({ question: 'Who else did Clinton meet?', readAs: 'reading "who else?" as "Who else did Clinton meet?"', besides: previous });
  });

  it('swaps "and X?" into the last question asked in full, not into a "why?" rewrite', () => {
    const history = [turn('What did Lavrov say about sanctions?', 'Threats would be counterproductive'), turn('Why did Lavrov say that about sanctions?', 'to give talks a chance', 'why?')];
    expect(resolveFollowUp('and medvedev', history, names).question).toBe('What did Dmitri A. Medvedev say about sanctions?');
  });

  it('builds on a "why?" rewrite for the next bare question', () => {
    const history = [turn('What did Lavrov say about sanctions?', 'Threats would be counterproductive'), turn('Why did Lavrov say that about sanctions?', 'to give talks a chance', 'why?')];
    expect(resolveFollowUp('when', history, names).question).toBe('When did Lavrov say that about sanctions?');
  });

  it('takes "he" from the question just asked even when the bot could not answer it', () => {
    expect(resolveFollowUp('what did he say', [turn('Did Lavrov back sanctions?', undefined)], names).question).toBe('what did Sergey V. Lavrov say');
    // …but not from behind an answered turn.
    expect(resolveFollowUp('what did he say', [turn('Did Lavrov back sanctions?', undefined), turn('Where is Qum?', 'Iran')], names).question).toBe('what did he say');
  });

  it('completes "who is going" from the previous question that used the verb', () => {
    const previous = turn('Is Bush still going to the Games?', 'Yes');
    expect(resolveFollowUp('who else is going', [previous], names)).toEqual({
      question: 'Who else is going to the Games?', readAs: 'reading "who else is going" as "Who else is going to the Games?"', besides: previous,
    });
    expect(resolveFollowUp('who is going', [turn('Who met Lavrov?', 'Clinton')], names)).toEqual({ question: 'who is going' });
  });

  it('follows up loosely when the old question cannot be rebuilt, showing what it follows up', () => {
    expect(resolveFollowUp('why', [turn('tell me about lavrov', 'Russia’s foreign minister')], names)).toEqual({
      question: 'Why tell me about lavrov Russia’s foreign minister?',
      readAs: 'following up on: "tell me about lavrov"',
    });
    expect(resolveFollowUp('how many', [turn('Who met Lavrov?', 'Clinton')], names)).toEqual({ question: 'how many' });
  });
});
