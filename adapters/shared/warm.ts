/**
 * Warming the core before a bot goes online: the first questions a fresh process answers are
 * several times slower than the rest (the language model's and the JIT's first runs), and a burst
 * right after a start or a failover would otherwise meet that slow core.
 */
import type { QaCore } from '../../src/types.js';

/** Asks each article's first example question, and one the articles cannot answer; returns the ms it took. */
export function warmCore(core: QaCore): number {
  const started = performance.now();
  const questions = [...core.about().map((a) => a.examples[0]).filter((q): q is string => !!q), 'What is the boiling point of water?'];
  for (const question of questions) core.ask(question);
  return Math.round(performance.now() - started);
}
