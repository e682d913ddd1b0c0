/** Building correctly (and incorrectly) signed Slack requests for the HTTP-mode tests. */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'fake-signing-secret-0123456789';

export function signature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface PostOptions {
  contentType?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature; `null` leaves the signature headers out. */
  signature?: string | null;
  headers?: Record<string, string>;
  secret?: string;
}

/** POSTs `rawBody` to Bolt's `/slack/events` with Slack's signature headers. */
export async function postSigned(baseUrl: string, rawBody: string, options: PostOptions = {}): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    ...options.headers,
  };
  if (options.signature !== null) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = options.signature ?? signature(options.secret ?? SIGNING_SECRET, timestamp, rawBody);
  }
  const res = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body: rawBody });
  return { status: res.status, text: await res.text() };
}

let counter = 0;
export const uniqueId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`.toUpperCase();

/** A slash command as Slack sends it (form-encoded). */
export function commandBody(text: string, responseUrl: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command: '/ask',
    text,
    api_app_id: 'A0FAKE',
    response_url: responseUrl,
    trigger_id: uniqueId('trig'),
    ...extra,
  }).toString();
}

/** An Events API callback wrapping `event`. */
export function eventBody(event: Record<string, unknown>, eventId = uniqueId('Ev')): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0FAKE', user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
    event,
  });
}

export const FORM = 'application/x-www-form-urlencoded';
