/** seeds/ watched: a file dropped in (or changed) is answered within 2 s, without a restart. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../adapters/shared/library/open.js';
import { librarySettings } from '../../../../adapters/shared/library/settings.js';
import { createMemoryArticleStore } from '../../../../adapters/shared/library/store.js';
import { eventually } from '../redis-server.js';

describe('the seeds folder', () => {
  it('picks up a new file and a changed one within 2 s, and skips a bad one without losing the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-watch-'));
    writeFileSync(join(dir, 'pier.txt'), 'New Pier Opens\n\nThe new pier in Port Ellis opened on Monday after two years of work.');
    const { library, close } = await openLibrary({ settings: librarySettings({}), seedsDir: dir, store: createMemoryArticleStore(), watch: true });
    try {
      expect(library.coreFor().ask('When did the ferry resume?').answer).not.toContain('Tuesday');
      const dropped = Date.now();
      writeFileSync(join(dir, 'ferry.md'), '# Ferry Service Resumes\n\nThe ferry to Inishmore resumed on Tuesday after the storm.');
      await eventually(() => library.coreFor().ask('When did the ferry resume?').answer.includes('Tuesday'), 2000, 'the dropped file answered');
      expect(Date.now() - dropped).toBeLessThan(2000);
      writeFileSync(join(dir, 'pier.txt'), 'New Pier Opens\n\nThe new pier in Port Ellis opened on Friday after two years of work.');
      await eventually(() => library.coreFor().ask('When did the pier open?').answer.includes('Friday'), 2000, 'the changed file answered');
      writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
      writeFileSync(join(dir, 'later.txt'), 'Market Day Moves\n\nThe market will move to the old harbour in June.');
      await eventually(() => library.coreFor().ask('Where will the market move?').answer.includes('harbour'), 2000, 'the file after a bad one');
      expect(library.list().map((r) => r.id)).toEqual(['ferry.md', 'later.txt', 'pier.txt']);
    } finally {
      await close();
    }
  });
});
