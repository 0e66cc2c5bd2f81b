// Parsing a --queue URL and checking that Redis answers, so a bad URL or an unreachable server
// is one clear line instead of ioredis retrying forever.
import { Redis, type RedisOptions } from 'ioredis';

/** A problem with the queue (bad URL, Redis unreachable, version mismatch): the CLI exits 2. */
export class QueueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueError';
  }
}

/** Connection settings parsed from `redis://HOST:PORT[/DB]`. */
export interface QueueTarget {
  url: string;
  host: string;
  port: number;
  db: number;
}

/** Parses `redis://HOST:PORT[/DB]`, or fails naming the URL. */
export function parseQueueUrl(text: string): QueueTarget {
  const bad = (why: string) => new QueueError(`--queue ${text}: ${why} (expected redis://HOST:PORT[/DB])`);
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw bad('not a URL');
  }
  if (u.protocol !== 'redis:') throw bad(`unsupported scheme ${u.protocol}`);
  if (!u.hostname) throw bad('no host');
  const port = u.port === '' ? 6379 : Number(u.port);
  const path = u.pathname.replace(/^\//, '');
  if (path !== '' && !/^\d+$/.test(path)) throw bad(`database "${path}" is not a number`);
  return { url: text, host: u.hostname, port, db: path === '' ? 0 : Number(path) };
}

/** ioredis options for a target; BullMQ's blocking connections need maxRetriesPerRequest null. */
export function redisOptions(t: QueueTarget, extra: RedisOptions = {}): RedisOptions {
  return { host: t.host, port: t.port, db: t.db, maxRetriesPerRequest: null, ...extra };
}

/** BullMQ's connection settings for a target (it opens its own connections from them). */
export function bullConnection(t: QueueTarget): { host: string; port: number; db: number; maxRetriesPerRequest: null } {
  return { host: t.host, port: t.port, db: t.db, maxRetriesPerRequest: null };
}

/** Connects once, without retries, and returns the client; an unreachable server is a QueueError. */
export async function connectChecked(t: QueueTarget, timeoutMs = 3000): Promise<Redis> {
  const probe = new Redis(
    redisOptions(t, { lazyConnect: true, retryStrategy: () => null, connectTimeout: timeoutMs, maxRetriesPerRequest: 1 }),
  );
  let cause: Error | undefined;
  probe.on('error', (e: Error) => (cause ??= e)); // the socket's own error says more than connect()'s
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    probe.disconnect();
    throw new QueueError(`--queue ${t.url}: cannot reach Redis (${(cause ?? (e as Error)).message || 'connection failed'})`);
  }
  return probe;
}
