/** Discord's buttons and every slash command share the per-user limit with questions (they were unlimited). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_DOWN } from '../../../adapters/shared/text.js';
import { core, mention, MINISTER } from './fixtures.js';
import { newUser, startBot, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startBot(core, { limit: 2 });
});
afterAll(async () => {
  await h?.stop();
});

const idsOf = (body: any): string[] => (body.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.custom_id));

async function press(customId: string, user: { id: string }): Promise<any> {
  const { id } = h.fake.sendComponent({ customId, user });
  return (await h.fake.callbackFor(id)).body.data;
}

describe('buttons and the rate limit', () => {
  it('a button press counts as an attempt; past the limit it is answered "slow down", privately', async () => {
    const user = newUser();
    const answer = (await h.fake.replyTo(h.fake.sendMessage({ content: mention(MINISTER), author: user }))).body;
    const why = idsOf(answer)[0]!;
    expect((await press(why, user)).content).not.toBe(SLOW_DOWN);
    const refused = await press(why, user);
    expect(refused.content).toBe(SLOW_DOWN);
    expect(refused.flags & 64).toBe(64);
    // Another person pressing the same button has their own budget, and sees the asker's answer explained.
    expect((await press(why, newUser())).content).toMatch(/^Why: the passages for/);
  });
  it('/about and /why count too: past the limit they are answered "slow down", privately', async () => {
    const user = newUser();
    const about = async () => (await h.fake.callbackFor(h.fake.sendInteraction({ command: 'about', user }).id)).body.data;
    const why = async () => (await h.fake.callbackFor(h.fake.sendInteraction({ command: 'why', user }).id)).body.data;
    expect((await about()).content).not.toBe(SLOW_DOWN);
    expect((await why()).content).not.toBe(SLOW_DOWN);
    const refused = await about();
    expect(refused.content).toBe(SLOW_DOWN);
    expect(refused.flags & 64).toBe(64);
  });
});
