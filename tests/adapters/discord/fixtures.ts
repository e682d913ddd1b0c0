/** The core the end-to-end tests use: the real one, plus trigger words to make it misbehave. */
import { loadArticles } from '../../../adapters/shared/articles.js';
import { createCore } from '../../../src/index.js';
import type { Answer, QaCore } from '../../../src/types.js';
import { BOT_ID } from './fake-discord.js';
import { TOKEN } from './harness.js';

export const real = createCore(loadArticles());
export const MINISTER = "Who is Russia's foreign minister?";
export const BOILING = 'What is the boiling point of water?';
/** `allowed_mentions` as it must appear on every message the bot sends. */
export const NO_PINGS = { parse: [], replied_user: false };

/** The real core, plus three trigger words: EXPLODE throws, LONGPASSAGE quotes 3,750 characters, ECHO echoes the question. */
export const core: QaCore = {
  ask(question) {
    if (question.includes('EXPLODE')) throw new Error(`boom while answering (token ${TOKEN})`);
    if (question.includes('LONGPASSAGE')) return { ...real.ask(MINISTER), passage: `${'a long passage '.repeat(250)}END` };
    if (question.includes('ECHO')) return notAnswered(question, `nothing in the article about "${question}"`);
    return real.ask(question);
  },
  explain: (question, count) => real.explain(question, count),
  about: () => real.about(),
  names: (text) => real.names(text),
};

function notAnswered(question: string, reason: string): Answer {
  return { question, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason };
}

/** A message that mentions the bot. */
export const mention = (text: string): string => `<@${BOT_ID}> ${text}`;
