import { describe, expect, it } from 'vitest';
import { Dedupe, deliveryKeys, messageKey } from '../../../adapters/slack/dedupe.js';

describe('Dedupe', () => {
  it('says first time once per key', () => {
    const d = new Dedupe();
    expect(d.firstTime('a')).toBe(true);
    expect(d.firstTime('a')).toBe(false);
    expect(d.firstTime('b')).toBe(true);
  });
  it('treats a delivery as a duplicate when any of its keys was seen, and records the others', () => {
    const d = new Dedupe();
    expect(d.firstTime('event:1')).toBe(true);
    expect(d.firstTime('event:1', 'message:C:1')).toBe(false);
    expect(d.firstTime('message:C:1')).toBe(false);
  });
  it('ignores undefined and empty keys', () => {
    const d = new Dedupe();
    expect(d.firstTime(undefined, '')).toBe(true);
    expect(d.firstTime(undefined, '')).toBe(true);
    expect(d.size).toBe(0);
  });
  it('keeps at most maxEntries keys, forgetting the oldest', () => {
    const d = new Dedupe({ maxEntries: 3 });
    for (const k of ['a', 'b', 'c', 'd']) d.firstTime(k);
    expect(d.size).toBe(3);
    expect(d.firstTime('a')).toBe(true); // evicted, so new again
    expect(d.firstTime('d')).toBe(false);
  });
  it('forgets keys after the ttl', () => {
    let now = 1_000;
    const d = new Dedupe({ ttlMs: 100, now: () => now });
    d.firstTime('a');
    now += 99;
    expect(d.firstTime('a')).toBe(false);
    now += 100;
    expect(d.firstTime('a')).toBe(true);
    d.firstTime('b');
    now += 1_000;
    d.firstTime('c');
    expect(d.size).toBe(1);
  });
  it('stays bounded under many distinct keys', () => {
    const d = new Dedupe({ maxEntries: 100 });
    for (let i = 0; i < 10_000; i++) d.firstTime(`k${i}`);
    expect(d.size).toBe(100);
  });
});

describe('deliveryKeys / messageKey', () => {
  it('uses the event id and a command trigger id', () => {
    expect(deliveryKeys({ event_id: 'Ev1', event: { channel: 'C', ts: '1.2' } })).toEqual(['event:Ev1']);
    expect(deliveryKeys({ command: '/ask', trigger_id: 'T.1' })).toEqual(['trigger:T.1']);
    expect(deliveryKeys({ type: 'url_verification' })).toEqual([]);
    expect(messageKey('C1', '1.2')).toBe('message:C1:1.2');
  });
});
