/**
 * Pronouns in follow-ups, typed as people chat, over an article of our own
 * (tests/fixtures/articles/aquarium-diver.txt): "he"/"she" only ever become someone the article
 * knows as a person, "they" a group of the previous turn, and otherwise the pronoun stays as typed.
 * The article is written so that its model marks the aquarium "Coral World Marlow" as a person (a
 * short form "Marlow" linked to it), types one biologist as a person and the other not, and gives
 * the diver a gender.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';
import { createConversations } from '../../../src/conversation/conversation.js';
import { createMemoryStore } from '../../../src/conversation/store.js';
import { resolveFollowUp, type PriorTurn } from '../../../src/conversation/followup.js';
import { looksLikeOrganisation, personFit, readsAsPersonName } from '../../../src/conversation/someone.js';
import type { Answer, QaCore } from '../../../src/types.js';

const ARTICLE = 'aquarium-diver.txt';
let aquarium: QaCore | undefined;
const core = (): QaCore => (aquarium ??= createCore([{ id: ARTICLE, text: readFileSync(join(import.meta.dirname, '../../fixtures/articles', ARTICLE), 'utf8') }]));
const names = (text: string) => core().names(text);

/** An earlier turn as the core would have left it; `highlight` makes the answer a quoted sentence. */
function turn(resolved: string, answer: string | undefined, passage = `${answer}.`, highlight?: string): PriorTurn {
  const a: Answer = answer === undefined
    ? { question: resolved, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: 'it never mentions "x"' }
    : {
      question: resolved, answered: true, answer, passage, paragraph: 1, article: 'A', articleId: ARTICLE, confidence: 0.9, confidenceLabel: 'high',
      ...(highlight === undefined ? {} : { form: 'sentence' as const, highlight }),
    };
  return { question: resolved, resolved, answer: a };
}

const DEATH = 'Work to move the animals of the closed Coral World Marlow aquarium has stopped after a diver died there on Tuesday.';
const STUNG = 'Dan Okoro, 54, the head diver of the aquarium, was moving rays to a new tank when one of them stung him in the chest.';

describe('who "he" and "she" can be', () => {
  it('tells names of organisations and places from names of people', () => {
    expect(looksLikeOrganisation('Coral World Marlow')).toBe(true);
    expect(looksLikeOrganisation('IAA')).toBe(true);
    expect(looksLikeOrganisation('Owen Price')).toBe(false);
    expect(readsAsPersonName('Edward William Kyle Heeb')).toBe(true);
    expect(readsAsPersonName('Russia in Global Affairs')).toBe(false);
    expect(readsAsPersonName('Sutopo')).toBe(true);
    expect(readsAsPersonName('Singapore')).toBe(false);
  });

  it('never fits a place, an organisation-shaped "person" or someone of the other gender', () => {
    expect(personFit('m', { name: 'Dan Okoro', kind: 'person', gender: 'm' })).toBe('gender');
    expect(personFit('f', { name: 'Dan Okoro', kind: 'person', gender: 'm' })).toBeUndefined();
    expect(personFit('m', { name: 'Coral World Marlow', kind: 'person' })).toBeUndefined();
    expect(personFit('m', { name: 'Marlow General Hospital', kind: 'place' })).toBeUndefined();
  });
});

describe('resolving he and she', () => {
  it('leaves "he" alone when a who-question was answered with the place it named', () => {
    const died = turn('who died at coral world', DEATH, DEATH, 'Coral World Marlow');
    expect(resolveFollowUp('how old was he', [died], names)).toEqual({ question: 'how old was he' });
    expect(resolveFollowUp('wat killed him', [died], names).question).toBe('wat killed him');
  });

  it('finds the man in the quoted sentence when the question and answer name no one', () => {
    const stung = turn('what happend to the diver', STUNG, STUNG, 'one of them stung him in the chest');
    expect(resolveFollowUp('where was he taken', [stung], names)).toEqual({ question: 'where was Dan Okoro taken', readAs: 'reading "he" as Dan Okoro' });
  });

  it('reads "he" as the person a who-question was answered with', () => {
    const who = turn('who was the head diver', 'Dan Okoro', STUNG);
    expect(resolveFollowUp('who is he', [who], names).question).toBe('who is Dan Okoro');
    expect(resolveFollowUp('how old was he?', [who], names).question).toBe('how old was Dan Okoro?');
  });

  it('leaves "it" alone where it is the act done ("why did he do it"), not where it is the subject', () => {
    const who = turn('who was the head diver', 'Dan Okoro', STUNG);
    expect(resolveFollowUp('why did he do it', [who], names).question).toBe('why did Dan Okoro do it');
    // "did" before a subject "it" is the auxiliary: "it" is still read.
    const place = turn('where did the diver die', 'Coral World Marlow', DEATH);
    expect(resolveFollowUp('when did it close', [place], names).question).not.toBe('when did it close');
  });

  it('does not take "she" for a man in the quoted sentence', () => {
    const stung = turn('what happend to the diver', STUNG, STUNG, 'one of them stung him in the chest');
    expect(resolveFollowUp('what did she say', [stung], names).question).toBe('what did she say');
  });
});

describe('resolving they', () => {
  it('reads "they" as two people an answer names, however the article types each', () => {
    const who = turn('who said rays rarely attack people', 'Ana Ruiz and Lena Park');
    expect(resolveFollowUp('where r they from', [who], names)).toEqual({ question: 'where r Ana Ruiz and Lena Park from', readAs: 'reading "they" as Ana Ruiz and Lena Park' });
  });

  it('shows a rewrite only when it reads as a question, else what it follows up', () => {
    const who = turn('who said rays rarely attack people', 'Ana Ruiz and Lena Park');
    const long = resolveFollowUp('can u tell me wat they said to the staff at the gate on wednesday about the rays', [who], names);
    expect(long.question).toContain('Ana Ruiz and Lena Park said');
    expect(long.readAs).toBe('following up on: "who said rays rarely attack people"');
  });

  it('reads "they" as the people a how-many question counted', () => {
    const hurt = turn('how many divers were hurt', 'Four', 'Four divers were hurt in the search, none badly.');
    expect(resolveFollowUp('what were they doing', [hurt], names).question).toBe('what were the divers doing');
  });

  it('takes no noun from inside a quoted sentence for "they", nor things counted', () => {
    const found = turn('what did they find in the tank', STUNG, STUNG, 'rays to a new tank when one of them stung him');
    expect(resolveFollowUp('whose tank r they looking for', [found], names).question).toBe('whose tank r they looking for');
    const tanks = turn('how many tanks', '12', 'The aquarium has 12 tanks.');
    expect(resolveFollowUp('whose tank r they looking for', [tanks], names).question).toBe('whose tank r they looking for');
  });

  it('reads "they" as an organisation only from the previous turn, never one person', () => {
    const owner = turn('who owns the aquarium', 'Bayline Holdings');
    expect(resolveFollowUp('what did they say', [owner], names).question).toBe('what did Bayline Holdings say');
    const later = turn('how old was the diver', '54', STUNG);
    expect(resolveFollowUp('what did they say', [owner, later], names).question).toBe('what did they say');
    const pilot = turn('who was the head diver', 'Edward William Kyle Heeb');
    expect(resolveFollowUp('what were they doing', [pilot], names).question).toBe('what were they doing');
  });
});

describe('in a conversation', () => {
  it('answers "where was he taken" about the diver, not the aquarium the first answer quoted', async () => {
    let clock = 0;
    const conversations = createConversations(core(), { store: createMemoryStore({ now: () => clock }), now: () => (clock += 1000) });
    await conversations.ask('c', 'who died at coral world');
    const next = await conversations.ask('c', 'where was he taken');
    expect(next.question).not.toMatch(/Coral World/);
  });
});
