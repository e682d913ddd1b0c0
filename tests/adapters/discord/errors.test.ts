/** Fatal states as the bot reports them, and what is scrubbed from log lines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayClosed, tokenRejected } from '../../../adapters/discord/errors.js';
import { scrub, tokenSecrets } from '../../../adapters/discord/log-error.js';
import { core, mention, MINISTER } from './fixtures.js';
import { newUser, startBot, TOKEN, type Harness } from './harness.js';

describe('scrub', () => {
  const secrets = tokenSecrets(TOKEN);

  it('removes the token, its visible first two parts, and anything shaped like another bot token', () => {
    const [id, time] = TOKEN.split('.');
    expect(scrub(`a ${TOKEN} b`, secrets)).toBe('a [redacted] b');
    expect(scrub(`Provided token: ${id}.${time}.***********`, secrets)).toBe('Provided token: [redacted]');
    expect(scrub(`half ${id}.${time} shown`, secrets)).toBe('half [redacted] shown');
    expect(scrub('other NzkyNzE1NDU0MTk2MDg4ODQy.X-hvzA.Ovy4MCQywSkoMRRclStW4xAYK7I here', [])).toBe('other [redacted] here');
  });

  it('leaves ordinary text and stack frames alone', () => {
    const frame = 'at InteractionCreateAction.handle (/app/node_modules/discord.js/src/client/actions/InteractionCreate.js:33:27)';
    expect(scrub(frame, secrets)).toBe(frame);
    expect(scrub('Heartbeat acknowledged, latency of 5ms.', secrets)).toBe('Heartbeat acknowledged, latency of 5ms.');
  });
});

describe('fatal errors name the setting and the fix in one line', () => {
  it.each([4004, 4010, 4011, 4012, 4013, 4014, 4999])('gateway close %i', (code) => {
    const error = gatewayClosed(code);
    expect(error.message).not.toContain('\n');
    if (code === 4004) expect(error).toMatchObject({ code: 'DISCORD_TOKEN_REJECTED', message: expect.stringContaining('DISCORD_TOKEN') });
    else expect(error.message).toMatch(new RegExp(`^Discord closed the gateway with code ${code} and it will not reconnect: \\S`));
  });

  it('a rejected token', () => {
    expect(tokenRejected('401 Unauthorized').message).toBe('Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again (Developer Portal > Bot > Reset Token) into DISCORD_TOKEN in .env');
  });
});

describe('bot.failed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startBot(core);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a 401 on an interaction callback or webhook (their own token, not the bot token) is not fatal', async () => {
    let failed = false;
    void h.bot.failed.then(() => (failed = true));
    const clear = h.fake.override((r) => r.path.startsWith('/api/v10/interactions/'), 401, { message: '401: Unauthorized', code: 0 }, true);
    try {
      const { id } = h.fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user: newUser() });
      await h.fake.waitForRequest((r) => r.path.startsWith(`/api/v10/interactions/${id}/`) && r.status === 401);
      const next = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
      expect((await h.fake.replyTo(next)).status).toBe(200);
      expect(failed).toBe(false);
    } finally {
      clear();
    }
  });

  it('a gateway close discord.js does not recover from (4014 disallowed intents) resolves failed with the fix', async () => {
    h.fake.closeGateway(4014, 'Disallowed intent(s).');
    const error = await h.bot.failed;
    expect(error.code).toBe('DISCORD_GATEWAY_CLOSED');
    expect(error.message).toMatch(/code 4014 .*Privileged Gateway Intents/);
  });
});
