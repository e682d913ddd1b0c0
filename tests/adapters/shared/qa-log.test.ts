/** The questions log: what it records, hashed ids, no secrets, rotation by size, and env settings. */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseLogFiles, installSalt, logFiles, QaLog, rotatedName } from '../../../adapters/shared/qa-log.js';
import { sessionSettings } from '../../../adapters/shared/session.js';
import { ConfigError } from '../../../adapters/shared/env.js';
import type { Answer } from '../../../src/types.js';

const dir = () => mkdtempSync(join(tmpdir(), 'qa-log-'));
const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

function answer(over: Partial<Answer> = {}): Answer {
  return { question: 'Who met Lavrov?', answered: true, answer: 'Clinton', passage: 'Mrs. Clinton met Mr. Lavrov.', paragraph: 6, article: 'Russia Resists', articleId: 'russia.txt', confidence: 0.8, confidenceLabel: 'high', ...over };
}

describe('QaLog', () => {
  it('records abstentions and low-confidence answers, not confident ones', () => {
    const file = join(dir(), 'qa.log');
    const log = new QaLog({ file, salt: 's', now: () => Date.UTC(2024, 0, 2, 3, 4, 5) });
    log.answer('discord', answer());
    log.answer('discord', answer({ question: 'What is water?', answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: 'it never mentions "water"' }));
    log.answer('slack', answer({ confidence: 0.3, confidenceLabel: 'low' }));
    const got = lines(file);
    expect(got.map((r) => r.kind)).toEqual(['unanswered', 'low-confidence']);
    expect(got[0]).toEqual({ at: '2024-01-02T03:04:05.000Z', kind: 'unanswered', via: 'discord', question: 'What is water?', answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, reason: 'it never mentions "water"' });
  });

  it('records feedback with the question as typed and the standalone one, and hashes ids with the salt', () => {
    const file = join(dir(), 'qa.log');
    const log = new QaLog({ file, salt: 'salt-1' });
    log.feedback('slack', 'bad', { ...answer({ question: 'When did Clinton meet Lavrov?' }), asked: 'When?' }, { user: 'U123', conversation: 'slack:C1:171.1' });
    const [r] = lines(file);
    expect(r).toMatchObject({ kind: 'feedback', rating: 'bad', question: 'When?', resolved: 'When did Clinton meet Lavrov?', answer: 'Clinton', article: 'Russia Resists' });
    expect(r.user).toBe(log.hash('U123'));
    expect(r.user).not.toBe(new QaLog({ file, salt: 'salt-2' }).hash('U123'));
    expect(readFileSync(file, 'utf8')).not.toContain('U123');
    expect(readFileSync(file, 'utf8')).not.toContain('C1');
  });

  it('hashes the ids of user, channel and role mentions typed into a question (Slack and Discord syntax)', () => {
    const file = join(dir(), 'qa.log');
    const log = new QaLog({ file, salt: 'salt-1' });
    const asked = 'cc <@U0OTHERPERSON> and <@U0SOMEONE|sam> in <#C0SECRET|plans>, <!subteam^S0TEAM|@team>; <@!123456789012345678> <@&987654321> <#555666777>?';
    log.feedback('slack', 'bad', { ...answer({ question: 'What did <@U0OTHERPERSON> ask?' }), asked });
    const raw = readFileSync(file, 'utf8');
    for (const id of ['U0OTHERPERSON', 'U0SOMEONE', 'sam', 'C0SECRET', 'plans', 'S0TEAM', '123456789012345678', '987654321', '555666777']) expect(raw).not.toContain(id);
    const [r] = lines(file);
    expect(r.question).toBe(`cc <@user:${log.hash('U0OTHERPERSON')}> and <@user:${log.hash('U0SOMEONE')}> in <#channel:${log.hash('C0SECRET')}>, <!subteam^group:${log.hash('S0TEAM')}>; <@user:${log.hash('123456789012345678')}> <@&role:${log.hash('987654321')}> <#channel:${log.hash('555666777')}>?`);
    expect(r.resolved).toBe(`What did <@user:${log.hash('U0OTHERPERSON')}> ask?`);
    expect(log.hashMentions('a <b> & <https://x.example|link> stay')).toBe('a <b> & <https://x.example|link> stay');
  });

  it('rotates by size: qa.log → qa.1.log → qa.2.log, keeping `keep` files, none past the limit', () => {
    const file = join(dir(), 'qa.log');
    const log = new QaLog({ file, salt: 's', maxBytes: 2000, keep: 2 });
    for (let i = 0; i < 60; i++) log.answer('repl', answer({ question: `Question number ${i}?`, answered: false, answer: '', confidenceLabel: 'low', reason: 'nothing' }));
    expect(existsSync(rotatedName(file, 1))).toBe(true);
    expect(existsSync(rotatedName(file, 2))).toBe(true);
    expect(existsSync(rotatedName(file, 3))).toBe(false);
    for (const f of logFiles(file)) expect(statSync(f).size).toBeLessThanOrEqual(2000);
    const all = logFiles(file).flatMap(lines).map((r) => r.question);
    expect(all.at(-1)).toBe('Question number 59?');
    // Oldest first across the files, and the oldest lines are gone.
    expect(all).toEqual([...all].sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0])));
    expect(all).not.toContain('Question number 0?');
  });

  it('continues an existing file (its size counts towards rotation)', () => {
    const file = join(dir(), 'qa.log');
    writeFileSync(file, `${'x'.repeat(1900)}\n`);
    new QaLog({ file, salt: 's', maxBytes: 2000 }).answer('repl', answer({ answered: false, reason: 'r' }));
    expect(readFileSync(rotatedName(file, 1), 'utf8')).toMatch(/^x+\n$/);
    expect(lines(file)).toHaveLength(1);
  });

  it('a write that fails is reported, never thrown', () => {
    const blocker = join(dir(), 'not-a-dir');
    writeFileSync(blocker, '');
    const errors: unknown[] = [];
    const log = new QaLog({ file: join(blocker, 'qa.log'), salt: 's', onError: (e) => errors.push(e) });
    expect(() => log.answer('repl', answer({ answered: false }))).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('lists the per-adapter logs in a folder, not their rotations or lock files', () => {
    const d = dir();
    for (const name of ['qa.log', 'qa-slack.log', 'qa-slack.1.log', 'qa-discord.log', 'qa-discord.log.lock', 'other.log']) writeFileSync(join(d, name), '');
    expect(baseLogFiles(d)).toEqual(['qa-discord.log', 'qa-slack.log', 'qa.log'].map((n) => join(d, n)));
    expect(baseLogFiles(join(d, 'missing'))).toEqual([]);
  });

  it('makes one per-install salt and reuses it', () => {
    const file = join(dir(), 'logs', 'qa.log');
    const salt = installSalt(file);
    expect(salt.length).toBeGreaterThanOrEqual(24);
    expect(installSalt(file)).toBe(salt);
  });
});

describe('sessionSettings', () => {
  it('has defaults, reads QA_* variables, and can switch the log off', () => {
    const d = sessionSettings({});
    expect(d.log).toMatchObject({ maxBytes: 5 * 1024 * 1024, keep: 3 });
    expect(d.log!.file).toMatch(/logs[/\\]qa\.log$/);
    // One writer per file by default: each adapter has its own log.
    expect(sessionSettings({}, 'slack').log!.file).toMatch(/logs[/\\]qa-slack\.log$/);
    expect(sessionSettings({}, 'discord').log!.file).toMatch(/logs[/\\]qa-discord\.log$/);
    expect(sessionSettings({ QA_LOG_FILE: '/tmp/x.log' }, 'slack').log!.file).toBe('/tmp/x.log');
    expect(d.conversations).toEqual({ maxConversations: 1000, maxTurns: 5, idleMs: 30 * 60_000 });
    const s = sessionSettings({ QA_LOG_FILE: '/tmp/x.log', QA_LOG_MAX_BYTES: '4096', QA_LOG_KEEP: '7', QA_LOG_SALT: 'pepper', QA_CONVERSATIONS_MAX: '10', QA_CONVERSATION_TURNS: '3', QA_CONVERSATION_IDLE_MINUTES: '1.5' });
    expect(s).toEqual({ log: { file: '/tmp/x.log', maxBytes: 4096, keep: 7, salt: 'pepper' }, conversations: { maxConversations: 10, maxTurns: 3, idleMs: 90_000 } });
    expect(sessionSettings({ QA_LOG_FILE: 'off' }).log).toBeNull();
  });

  it.each([['QA_LOG_MAX_BYTES', '10'], ['QA_LOG_KEEP', '0'], ['QA_CONVERSATION_TURNS', 'many'], ['QA_CONVERSATION_IDLE_MINUTES', '-1']])('rejects %s=%s, naming it but not its value', (name, value) => {
    expect(() => sessionSettings({ [name]: value })).toThrow(ConfigError);
    expect(() => sessionSettings({ [name]: value })).toThrow(name);
  });
});
