/** The manifest declares what the adapter relies on (no YAML parser installed: a line-based read). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const text = readFileSync(resolve(import.meta.dirname, '../../../adapters/slack/manifest.yaml'), 'utf8');
const lines = text.split('\n').filter((l) => !l.trim().startsWith('#'));

/** The `- item` entries directly under the first `key:` line (comments after items dropped). */
function listUnder(key: string): string[] {
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  expect(start, `${key}: in the manifest`).toBeGreaterThanOrEqual(0);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*- (.+)$/.exec(line);
    if (!m) break;
    items.push(m[1]!.replace(/\s+#.*$/, '').trim());
  }
  return items;
}

describe('manifest.yaml', () => {
  it('has no tabs (YAML forbids them for indentation)', () => {
    expect(text).not.toContain('\t');
  });
  it('declares the /ask and /article commands the app listens to', () => {
    expect(text).toMatch(/^\s*- command: \/ask$/m);
    expect(text).toMatch(/^\s*- command: \/article$/m);
  });
  it('asks for exactly the bot scopes the handlers need', () => {
    expect(listUnder('bot').sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'files:read', 'im:history', 'users:read']);
  });
  it('subscribes to mentions and DMs', () => {
    expect(listUnder('bot_events').sort()).toEqual(['app_mention', 'message.im']);
  });
  it('enables Socket Mode (the default mode) and the DM tab', () => {
    expect(text).toMatch(/^\s*socket_mode_enabled: true$/m);
    expect(text).toMatch(/^\s*messages_tab_enabled: true$/m);
    expect(text).toMatch(/^\s*messages_tab_read_only_enabled: false$/m);
  });
  it('enables interactivity, for the buttons under answers', () => {
    expect(text).toMatch(/^\s*interactivity:\n\s*(#.*\n\s*)*is_enabled: true$/m);
  });
});
