import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { boltLogger, errorForLog, redactUrl, scrubSecrets } from '../../../adapters/slack/bolt-logger.js';

describe('scrubSecrets', () => {
  it('removes Slack token shapes and listed secrets', () => {
    const out = scrubSecrets('bot xoxb-123-456-abc app xapp-1-A0-789 user xoxp-9 secret s3cr3t-value', ['s3cr3t-value']);
    expect(out).toBe('bot [redacted] app [redacted] user [redacted] secret [redacted]');
  });

  it('removes user names and passwords from any URL in the text', () => {
    expect(redactUrl('https://me:pa55@proxy.example/api/')).toBe('https://[redacted]@proxy.example/api/');
    expect(scrubSecrets('GET http://token@host:1/x and wss://a:b@h/socket?x=1 failed')).toBe('GET http://[redacted]@host:1/x and wss://[redacted]@h/socket?x=1 failed');
    expect(redactUrl('https://slack.com/api/ mail me@example.com')).toBe('https://slack.com/api/ mail me@example.com');
  });
});

describe('errorForLog', () => {
  it('keeps the useful parts of an error and drops tokens', () => {
    const error = Object.assign(new Error('call failed with token xoxb-1-2-3'), { code: 'slack_webapi_platform_error', data: { error: 'invalid_auth' } });
    const logged = errorForLog(error);
    expect(logged).toMatchObject({ name: 'Error', code: 'slack_webapi_platform_error', apiError: 'invalid_auth' });
    expect(JSON.stringify(logged)).not.toContain('xoxb-1');
  });
});

describe('boltLogger', () => {
  it("writes Bolt's messages through pino, scrubbed", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = boltLogger(pino({ level: 'debug' }, sink), ['the-signing-secret']);
    log.warn('token', 'xoxb-abc-def', { signingSecret: 'the-signing-secret' });
    log.debug(new Error('boom xapp-1-2'));
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toMatch(/xoxb-abc|xapp-1|the-signing-secret/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, source: 'bolt' });
  });
});
