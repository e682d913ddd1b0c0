/**
 * The text-fragment link, opened in a real browser (Debian's chromium, headless, driven by
 * playwright-core): it scrolls to the quoted sentence far down the page and highlights it. The
 * link comes from the real path: the page fetched and read, the core's answer, withLink.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../adapters/shared/library/open.js';
import { librarySettings } from '../../../adapters/shared/library/settings.js';
import { createMemoryArticleStore } from '../../../adapters/shared/library/store.js';
import { withLink } from '../../../adapters/shared/link.js';
import { BODY, HEADLINE, newsPage, serve } from './sources/pages.js';
import { skipWithout } from './system-package.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = skipWithout(CHROMIUM, 'chromium');

/** Thirty paragraphs before the article's own, so the quoted sentence starts far below the fold. */
const FILLER = Array.from({ length: 30 }, (_, k) => `Section ${k + 1} of the harbour survey lists the stones replaced along the north wall, with the date each repair was finished and the crew that did it.`);
/** The page marks highlighted text in red, so a highlight shows in a screenshot. */
const page = newsPage([...FILLER, ...BODY], HEADLINE, '<meta charset="utf-8"><style>::target-text { background-color: rgb(255, 0, 0); color: rgb(255, 255, 255); }</style>');

describe.skipIf(skip)('the link to the quoted sentence in chromium', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let profile: string;
  beforeAll(async () => {
    site = await serve({ '/long.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page) });
    profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  });
  afterAll(async () => {
    await site?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('scrolls to and highlights the sentence the answer quotes', async () => {
    const settings = librarySettings({ ARTICLE_FETCH_ALLOW_HOSTS: '127.0.0.1' });
    const { library } = await openLibrary({ settings, inputs: [`${site.base}/long.html`], store: createMemoryArticleStore() });
    const answer = library.coreFor().ask('Who rebuilt the old lamp?');
    const { link } = withLink(answer, library.get(answer.articleId));
    expect(link).toMatch(/#:~:text=The%20old%20lamp/);

    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1000, height: 700 },
    });
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      const target = 'p:has-text("The old lamp was rebuilt")';
      // The same page without the fragment stays at the top, the sentence out of sight.
      await tab.goto(`${site.base}/long.html`);
      expect(await tab.evaluate('window.scrollY')).toBe(0);
      const plainShot = async (): Promise<Buffer> => {
        await tab.locator(target).scrollIntoViewIfNeeded();
        return tab.locator(target).screenshot();
      };
      const unhighlighted = await plainShot();

      await tab.goto(link!);
      await tab.waitForFunction('window.scrollY > 0', undefined, { timeout: 5000 });
      const box = await tab.locator(target).boundingBox();
      const height = (await tab.evaluate('window.innerHeight')) as number;
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      // Highlighted: the paragraph no longer looks as it did without the fragment (red behind the quote).
      const highlighted = await tab.locator(target).screenshot();
      expect(highlighted.equals(unhighlighted)).toBe(false);
      // And the highlight is exactly the quote: it spans the sentence's first and last words.
      // (The page's own code, as a string: this project's TypeScript has no DOM types.)
      const red = (await tab.evaluate(`(async () => {
        const img = new Image();
        img.src = 'data:image/png;base64,${highlighted.toString('base64')}';
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const g = canvas.getContext('2d');
        g.drawImage(img, 0, 0);
        const { data } = g.getImageData(0, 0, img.width, img.height);
        let n = 0;
        for (let k = 0; k < data.length; k += 4) if (data[k] > 200 && data[k + 1] < 60 && data[k + 2] < 60) n += 1;
        return n / (img.width * img.height);
      })()`)) as number;
      expect(red).toBeGreaterThan(0.05);
    } finally {
      await context.close();
    }
  }, 60_000);
});
