// The result cache: a point's successful outcome by its key, in Redis (shared by every worker and
// submitter) or in a directory (`tpusim sweep --cache DIR`). Failed points are not cached: a timeout
// or a crash may not happen again.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { SweepOutcome } from '../reports/index.js';

export interface ResultCache {
  /** The cached outcomes of the keys (undefined where none). */
  get(keys: readonly string[]): Promise<(SweepOutcome | undefined)[]>;
  /** Stores a successful outcome (others are ignored). */
  put(key: string, outcome: SweepOutcome): Promise<void>;
}

export const RESULT_PREFIX = 'tpusim:result:';

function parseOutcome(text: string | null | undefined): SweepOutcome | undefined {
  if (!text) return undefined;
  const o = JSON.parse(text) as SweepOutcome;
  return o.status === 'ok' ? o : undefined;
}

/** The cache in Redis, under tpusim:result:KEY. */
export function redisResultCache(redis: Redis): ResultCache {
  return {
    async get(keys) {
      const out: (SweepOutcome | undefined)[] = [];
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        const texts = chunk.length ? await redis.mget(chunk.map((k) => RESULT_PREFIX + k)) : [];
        out.push(...texts.map(parseOutcome));
      }
      return out;
    },
    async put(key, outcome) {
      if (outcome.status === 'ok') await redis.set(RESULT_PREFIX + key, JSON.stringify(outcome));
    },
  };
}

/** The cache in a directory: one KEY.json per point, written atomically (rename). */
export function dirResultCache(dir: string): ResultCache {
  mkdirSync(dir, { recursive: true });
  return {
    async get(keys) {
      return keys.map((k) => {
        const file = join(dir, `${k}.json`);
        return existsSync(file) ? parseOutcome(readFileSync(file, 'utf8')) : undefined;
      });
    },
    async put(key, outcome) {
      if (outcome.status !== 'ok') return;
      const file = join(dir, `${key}.json`);
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(outcome));
      renameSync(`${file}.${process.pid}.tmp`, file);
    },
  };
}
