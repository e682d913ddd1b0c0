import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapeWithin, questionFromSlack, unescapeSlack } from '../../../adapters/slack/escape.js';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > so broadcasts and mentions become plain text', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <b>&')).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;b&gt;&amp;');
  });
  it('escapes & first, so an existing entity is shown literally', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });
  it('is undone by unescapeSlack', () => {
    const text = 'a < b && c > d &amp; <!everyone>';
    expect(unescapeSlack(escapeMrkdwn(text))).toBe(text);
  });
});

describe('plain broadcasts (issue 20, finding 8)', () => {
  it('gets a zero-width space after the @ in escaped text, however it is cased or cut', () => {
    expect(escapeMrkdwn('hi @everyone, @Here and @channel!')).toBe('hi @\u200beveryone, @\u200bHere and @\u200bchannel!');
    expect(escapeWithin('@channel '.repeat(50), 100)).not.toMatch(/@(everyone|here|channel)/i);
    expect(escapeWithin('ask @here & <b>', 100)).toBe('ask @\u200bhere &amp; &lt;b&gt;');
  });
});

describe('questionFromSlack', () => {
  it("removes the bot's own mention, plain or labelled, and decodes entities", () => {
    expect(questionFromSlack('<@UBOT1> who is &lt;b&gt; &amp; <@UBOT1|qa> ?', 'UBOT1')).toBe('who is <b> & ?');
  });
  it('keeps other mentions and broadcasts as typed (they are escaped again when echoed)', () => {
    expect(questionFromSlack('<@UBOT1> <!channel> ask <@UOTHER>', 'UBOT1')).toBe('<!channel> ask <@UOTHER>');
  });
  it('decodes &amp;lt; to the literal text &lt;, not to <', () => {
    expect(questionFromSlack('what does &amp;lt; mean')).toBe('what does &lt; mean');
  });
  it('collapses whitespace and trims', () => {
    expect(questionFromSlack('  who\n\tis   Lavrov  ')).toBe('who is Lavrov');
  });
});

describe('escapeWithin', () => {
  it('returns the escaped text untouched when it fits', () => {
    expect(escapeWithin('a & b', 9)).toBe('a &amp; b');
  });
  it('never exceeds the limit once escaped, and never cuts an entity in half', () => {
    const text = '&'.repeat(100);
    for (const max of [10, 11, 12, 13, 14, 50]) {
      const out = escapeWithin(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.endsWith('…')).toBe(true);
      expect(out.slice(0, -1)).toMatch(/^(&amp;)+$/);
    }
  });
  it('does not split a surrogate pair', () => {
    const out = escapeWithin('😀'.repeat(10), 6);
    expect(out).toBe('😀😀…');
  });
  it('prefers to cut at a word boundary', () => {
    expect(escapeWithin('alpha beta gamma delta', 18)).toBe('alpha beta gamma…');
  });
});
