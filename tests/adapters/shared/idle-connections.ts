/** Idle connections for the flood tests: each sends a request line and one header, then nothing. */
import { connect, type Socket } from 'node:net';

export interface IdleFlood {
  /** How many of the connections the server has closed so far. */
  closed(): number;
  end(): void;
}

/** Opens `count` connections to 127.0.0.1:`port` that never finish their request headers. */
export async function idleFlood(port: number, count: number, path = '/healthz'): Promise<IdleFlood> {
  const sockets: Socket[] = [];
  let closed = 0;
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
          resolve();
        });
        socket.on('error', () => resolve());
        socket.resume(); // read what the server sends (a 408), so its close is seen
        socket.on('close', () => {
          closed++;
          resolve();
        });
        sockets.push(socket);
      }),
    ),
  );
  return { closed: () => closed, end: () => sockets.forEach((s) => s.destroy()) };
}

/** Sends raw request bytes and resolves with the status line the server answers (or 'closed'/'none'), and how long it took. */
export function rawRequest(port: number, head: string, withinMs = 2000): Promise<{ status: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    let data = '';
    const done = (status: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ status, ms: Date.now() - started });
    };
    const timer = setTimeout(() => done('none'), withinMs);
    socket.on('data', (chunk) => {
      data += String(chunk);
      const line = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (line) done(line[1]!);
    });
    socket.on('error', () => done('closed'));
    socket.on('close', () => done(data ? data.slice(0, 12) : 'closed'));
  });
}
