/**
 * Test articles we wrote ourselves (fictional events), as the web serves them: a news page with a
 * menu, a cookie banner, related links and comments around the body; the same in ISO-8859-1; a
 * page that is not an article; and a local server for them on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const HEADLINE = 'Lighthouse Keepers Return to Carrow Point';

/** The body paragraphs: the answer to "Who rebuilt the lamp?" is in the third. */
export const BODY = [
  'CARROW POINT — After forty years of automatic operation, the lighthouse at Carrow Point will again have keepers living on site, the county council announced on Thursday.',
  'The council said that two keepers, Maren Holt and Ivo Petrak, would move into the restored cottage in March and stay for at least five years.',
  'The old lamp was rebuilt by a glassworks in Dunmore, which spent eleven months grinding new lenses by hand.',
  'Visitors will be allowed to climb the tower on Sundays from April, although the council warned that the stairs are steep and narrow.',
  'Funding for the project, about 2.3 million euros, came from a regional heritage fund and a public appeal that raised 400,000 euros in six weeks.',
  'Ms. Holt, who grew up in the village, said she had wanted the job since she was a child watching the beam sweep across the bay.',
];

/** A news page: the article inside site chrome that must never be quoted. */
export function newsPage(body: readonly string[] = BODY, headline = HEADLINE, charsetMeta = '<meta charset="utf-8">'): string {
  return `<!doctype html>
<html lang="en"><head>${charsetMeta}<title>${headline} | The Coastal Courier</title></head>
<body>
<header class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="cookie-banner" id="gdpr-consent">We use cookies to improve your experience. By continuing you accept our cookie policy. <button>Accept all cookies</button></div>
<main><article>
<h1>${headline}</h1>
<p class="byline">By Tessa Marlow</p>
${body.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Harbour wall repairs delayed again by storms</a></li><li><a href="/b">Ferry timetable changes for the winter season</a></li></ul></aside>
<section class="comments" id="comments"><h2>Comments</h2><div class="comment"><p>Great news, I remember the old keepers from when I was young and we used to wave at them.</p></div></section>
<footer class="site-footer"><p>© The Coastal Courier. All rights reserved. Subscribe to our newsletter.</p></footer>
</body></html>`;
}

/** A page that is not an article: a list of links. */
export function indexPage(): string {
  return `<!doctype html><html><head><title>Index</title></head><body><ul>${Array.from({ length: 30 }, (_, k) => `<li><a href="/s${k}">Story ${k}</a></li>`).join('')}</ul></body></html>`;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A server on 127.0.0.1 with these routes; `hits` counts every request it received. */
export async function serve(routes: Record<string, Route>): Promise<{ base: string; port: number; hits: string[]; server: Server; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const route = routes[(req.url ?? '').split('?')[0]!];
    if (route) route(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`, port, hits, server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
