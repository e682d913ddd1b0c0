/**
 * How the app's HTTP requests to Slack travel (Web API and response_url). Two faults of kept-alive
 * connections are handled here:
 * - a connection idle for a while may be closed by the server or a proxy at the moment the app
 *   sends on it; the request never reached Slack, yet the call fails like a lost answer. Idle
 *   connections are closed after KEEP_ALIVE_MS, below the idle timeouts of common servers and
 *   proxies (Node's 5 s; nginx 75 s; load balancers 60 s), so the app closes first;
 * - if it still happens (a proxy with a shorter timeout), a request that failed because a
 *   REUSED connection was closed before any byte of the answer came back is sent once more: the
 *   server closed an idle connection, it did not read the request. Any other failure is left to
 *   the caller (a timeout or a reset mid-answer may have posted: never retried).
 * Every request also has a timeout.
 */
import type { Socket } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';

/** Idle kept-alive connections are closed after this. */
export const KEEP_ALIVE_MS = 2000;

interface Opened {
  socket: Socket;
  at: number;
}

/** `fetch` for the Slack clients: short keep-alive, a timeout per request, one retry of a stale connection. */
export function slackFetch(timeoutMs: number): typeof fetch {
  // Which connection is which: by local port (in undici's socket errors) and by error object (resets).
  const byPort = new Map<number, Opened>();
  const byError = new WeakMap<object, Opened>();
  const connector = buildConnector({});
  const agent = new Agent({
    keepAliveTimeout: KEEP_ALIVE_MS,
    keepAliveMaxTimeout: KEEP_ALIVE_MS,
    connect: (options, callback) =>
      connector(options, (error, socket) => {
        if (socket) {
          const opened: Opened = { socket: socket as Socket, at: performance.now() };
          const port = (socket as Socket).localPort;
          if (port !== undefined) byPort.set(port, opened);
          socket.on('error', (e: Error) => byError.set(e, opened));
          // Forgotten a little after it closes: the failed request's error comes after the close.
          socket.once('close', () => {
            setTimeout(() => {
              if (port !== undefined && byPort.get(port) === opened) byPort.delete(port);
            }, 5000).unref();
          });
        }
        // The connector's callback types differ by overload; the values are passed through as they came.
        (callback as (e: Error | null, s: unknown) => void)(error, socket);
      }),
  });

  /** The connection a failed request was on, when it is known. */
  const connectionOf = (error: unknown): Opened | undefined => {
    const cause = (error as { cause?: { code?: string; socket?: { localPort?: number } } })?.cause;
    if (!cause) return undefined;
    if (cause.code === 'UND_ERR_SOCKET' && cause.socket?.localPort !== undefined) return byPort.get(cause.socket.localPort);
    if (cause.code === 'ECONNRESET' || cause.code === 'EPIPE') return byError.get(cause);
    return undefined;
  };

  const once = (input: Parameters<typeof fetch>[0], init: RequestInit): Promise<Response> => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return undiciFetch(input as never, { ...(init as object), signal, dispatcher: agent } as never) as unknown as Promise<Response>;
  };

  return (async (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
    const started = performance.now();
    try {
      return await once(input, init);
    } catch (error) {
      // fetch rejects only before the answer's headers came: if the connection was opened before
      // this request (reused) and closed by the other side, the request was not read.
      const connection = connectionOf(error);
      if (!connection || connection.at >= started || init.signal?.aborted) throw error;
      return once(input, init);
    }
  }) as typeof fetch;
}
