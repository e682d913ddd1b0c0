/**
 * A gate in front of Bolt's HTTP receiver (HTTP mode). Bolt leaves a signed request whose body is
 * JSON `null` unanswered (it throws reading a property of null), waits 3 s to answer 404 for an
 * array or an event without `event`, accepts timestamps in the future, and reads a body of up to
 * 4 MB before looking at its signature. Here a request to the events endpoint without signature
 * headers, with a timestamp more than five minutes from now either way, or announcing a body over
 * the limit is refused before its body is read (401/413, connection closed); only Slack's small
 * unsigned SSL check is read unsigned. The rest is read once (at most `bodyLimit` bytes), its
 * signature checked, and its shape checked (a prompt 400 naming the problem); only then does Bolt
 * see it (it reads the buffered body again and checks the signature again).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, verifySlackRequest } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';

/** Slack's guidance: refuse a request timestamped more than five minutes from now, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * The largest request body read. Slack's events, commands and interaction payloads are a few KB
 * (a message is at most 40,000 characters; a modal's state rarely passes 100 KB).
 */
export const EVENT_BODY_LIMIT = 1024 * 1024;

/** Slack's unsigned SSL check is a short form (`ssl_check=1&token=...`). */
const SSL_CHECK_LIMIT = 1024;

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  /** The paths Bolt serves events on. */
  endpoints?: readonly string[];
  /** Seconds since the epoch (tests). */
  now?: () => number;
  /** Largest body read, in bytes (default EVENT_BODY_LIMIT). */
  bodyLimit?: number;
}

type Buffered = Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why a parsed request body is not something Slack sends (an event callback with an event, a
 * slash command, an interaction payload, a URL verification or an SSL check), or undefined.
 */
export function requestProblem(body: unknown): string | undefined {
  if (!isObject(body)) return `the body must be a JSON object, not ${body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body}`;
  if (body.ssl_check !== undefined || typeof body.command === 'string') return undefined;
  if (typeof body.type !== 'string') return 'it has neither a "type" nor a "command"';
  if (body.type === 'event_callback') {
    if (!isObject(body.event)) return 'an event_callback without an "event" object';
    if (typeof body.event.type !== 'string') return 'an event without a "type"';
  }
  return undefined;
}

function reply(res: ServerResponse, status: number, text?: string): void {
  if (res.headersSent) return;
  res.writeHead(status, text ? { 'content-type': 'text/plain; charset=utf-8' } : {});
  res.end(text);
}

/** Refuses a request without reading its body: the connection is closed once the answer is out. */
function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, { connection: 'close' });
  res.end(() => req.destroy());
}

/** Wraps Bolt's request listener with the checks above. Other paths and methods pass straight through. */
export function guardRequests(listener: RequestListener, options: GuardOptions): RequestListener {
  const endpoints = options.endpoints ?? ['/slack/events'];
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const log = options.logger;

  async function check(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bodyLimit = options.bodyLimit ?? EVENT_BODY_LIMIT;
    const length = Number(req.headers['content-length']);
    if (length > bodyLimit) {
      log.warn({ status: 413, bytes: length }, 'Slack request body too large; refused unread');
      return refuseUnread(req, res, 413);
    }
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const signature = req.headers['x-slack-signature'];
    const form = req.headers['content-type'] === 'application/x-www-form-urlencoded';
    if (!Number.isFinite(timestamp) || typeof signature !== 'string') {
      // Slack's SSL check is unsigned; Bolt answers it (and strips anything else from the body).
      if (form && length <= SSL_CHECK_LIMIT) {
        const small = await read(req, res, SSL_CHECK_LIMIT);
        if (small && new URLSearchParams(small.rawBody.toString()).get('ssl_check') === '1') return listener(small, res);
        if (!small) return;
      }
      log.warn({ status: 401 }, 'Slack request without signature headers; refused');
      return req.complete ? reply(res, 401) : refuseUnread(req, res, 401);
    }
    if (Math.abs(now() - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
      log.warn({ status: 401, skewSeconds: timestamp - now() }, 'Slack request timestamp more than five minutes from now; refused');
      return refuseUnread(req, res, 401);
    }
    const buffered = await read(req, res, bodyLimit);
    if (!buffered) return;
    const raw = buffered.rawBody.toString();
    try {
      verifySlackRequest({ signingSecret: options.signingSecret, body: raw, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } });
    } catch {
      log.warn({ status: 401 }, 'Slack request signature does not match SLACK_SIGNING_SECRET; refused');
      return reply(res, 401);
    }

    let body: unknown;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
    } catch {
      body = undefined;
    }
    const problem = body === undefined ? 'the body is not valid JSON or form data' : requestProblem(body);
    if (problem) {
      log.warn({ status: 400, problem }, 'malformed Slack request; refused');
      return reply(res, 400, `malformed Slack request: ${problem}\n`);
    }
    return listener(buffered, res);
  }

  /** The body, at most `limit` bytes; undefined (and a 413 or 400 sent) when it cannot be read. */
  async function read(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffered | undefined> {
    try {
      return await HTTPModuleFunctions.bufferIncomingMessage(req, limit);
    } catch (error) {
      const tooLarge = HTTPModuleFunctions.isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413);
      log.warn({ status: tooLarge ? 413 : 400 }, tooLarge ? 'Slack request body too large; refused' : 'could not read a Slack request; refused');
      refuseUnread(req, res, tooLarge ? 413 : 400);
      return undefined;
    }
  }

  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || !endpoints.includes(path)) return listener(req, res);
    check(req, res).catch((error: unknown) => {
      log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'checking a Slack request failed');
      reply(res, 500);
    });
  };
}
