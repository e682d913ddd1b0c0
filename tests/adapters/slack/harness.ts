/** Shared set-up for the end-to-end tests: the real core, a capturing logger, a bot against the fake. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { expect } from 'vitest';
import { loadArticles } from '../../../adapters/shared/articles.js';
import { RateLimiter } from '../../../adapters/shared/rate-limit.js';
import { createSlackApp, type SlackAppOptions, type SlackBot } from '../../../adapters/slack/app.js';
import type { SlackConfig } from '../../../adapters/slack/config.js';
import { escapeMrkdwn } from '../../../adapters/slack/escape.js';
import { createCore } from '../../../src/index.js';
import type { QaCore } from '../../../src/types.js';
import { BOT_ID, BOT_USER_ID, type FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './requests.js';

let core: QaCore | undefined;
/** The real core over the seed article, built once per test file. */
export function realCore(): QaCore {
  return (core ??= createCore(loadArticles()));
}

/** The real core, except that asking `explode` throws (to exercise the error path). */
export function explodingCore(): QaCore {
  const real = realCore();
  return {
    ask: (q) => {
      if (q === 'explode') throw new Error('core failure for the test, token xoxb-must-not-leak');
      return real.ask(q);
    },
    explain: (q, n) => real.explain(q, n),
    about: () => real.about(),
    names: (text) => real.names(text),
  };
}

/** A pino logger whose JSON lines are kept in `lines`. */
export function capturingLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

export function httpConfig(fake: FakeSlack, overrides: Partial<SlackConfig> = {}): SlackConfig {
  return {
    mode: 'http',
    botToken: fake.botToken,
    signingSecret: SIGNING_SECRET,
    port: 0,
    visibility: 'ephemeral',
    channels: new Set(),
    apiUrl: fake.apiUrl,
    ...overrides,
  };
}

export function socketConfig(fake: FakeSlack, overrides: Partial<SlackConfig> = {}): SlackConfig {
  return {
    mode: 'socket',
    botToken: fake.botToken,
    appToken: fake.appToken,
    port: 0,
    visibility: 'ephemeral',
    channels: new Set(),
    apiUrl: fake.apiUrl,
    ...overrides,
  };
}

/** A per-user limit no ordinary test reaches (the rate-limit tests pass their own). */
export const generousLimit = () => new RateLimiter({ limit: 10_000, windowMs: 1000 });

/**
 * Builds the real Bolt app for `config` with known bot ids (no auth.test) and no Web API retries;
 * `extra` overrides (`{ retryConfig: undefined }` for the app's own retry policy).
 */
export function buildBot(config: SlackConfig, logger: pino.Logger, qa: QaCore = realCore(), extra: Partial<SlackAppOptions> = {}): SlackBot {
  return createSlackApp({ core: qa, config, logger, botId: BOT_ID, botUserId: BOT_USER_ID, retryConfig: { retries: 0 }, limiter: generousLimit(), ...extra });
}

/** All text a Slack message shows: fallback text plus every section and context text. */
export function shownText(message: Record<string, unknown>): string {
  const blocks = (message.blocks ?? []) as Array<Record<string, any>>;
  const parts = blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : (b.elements ?? []).map((e: { text: string }) => e.text)));
  return [message.text, ...parts].join('\n');
}

/**
 * Asserts that `message` shows the core's own answer to `question` (answer, quoted passage,
 * "paragraph N of <headline>"), escaped. Compares with core.ask() rather than fixed text, so the
 * adapter tests do not depend on the core's answer quality; the core must answer, though.
 */
export function expectCoreAnswerShown(message: Record<string, unknown>, question: string): void {
  const expected = realCore().ask(question);
  expect(expected.answered, `precondition: the core answers ${JSON.stringify(question)}`).toBe(true);
  const shown = shownText(message);
  expect(shown).toContain(`*${escapeMrkdwn(expected.answer)}*`);
  expect(shown).toContain(`> ${escapeMrkdwn(expected.passage.replace(/\s+/g, ' ').trim())}`);
  expect(shown).toContain(`paragraph ${expected.paragraph} of _${escapeMrkdwn(expected.article)}_`);
  expect(String(message.text)).toContain(escapeMrkdwn(expected.answer));
}
