// Queued sweeps on a real redis-server with real `tpusim worker` processes: same points as a local
// sweep, a SIGKILLed worker's point recovered exactly once, re-runs from the cache, and the errors.
import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_NAME, parseQueueUrl } from '../../queue/index.js';
import { packageVersion } from '../../sim/index.js';
import { BIN, ROOT, tempDir, tpusim, type CliResult } from '../cli/helpers.js';
import { startRedis, startWorker, stopProcess, waitFor, type WorkerProc } from './redis.js';

let redis: Awaited<ReturnType<typeof startRedis>>;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

/** Runs `tpusim ...args` without blocking the test's event loop (workers run meanwhile). */
function tpusimAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface Point {
  index: number;
  values: Record<string, unknown>;
  status: string;
  wallMs: number | null;
  speedup: number | null;
  totals?: unknown;
}
const points = (dir: string): Point[] => JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).points;
/** A sweep's points without their timings (the only thing that may differ between runs). */
const untimed = (dir: string) => points(dir).map(({ wallMs: _w, ...p }) => p);

const GRID = ['--set', 'matrix.rows=16,32,64', '--set', 'accumulators.entries=4096,1'];

describe('tpusim sweep --queue with tpusim worker processes on a real Redis', () => {
  it('two workers give the local sweep point for point (failures included); a re-run comes wholly from the cache', async () => {
    const dir = tempDir();
    const model = join(dir, 'cnn.onnx'); // a file: its bytes travel through Redis by hash
    copyFileSync(join(ROOT, 'tests/fixtures/onnx/smallcnn-op13.onnx'), model);
    const local = tpusim(['sweep', model, ...GRID, '--jobs', '2', '--out', join(dir, 'local')], { timeoutMs: 300_000 });
    expect(local.code, local.stderr).toBe(1); // accumulators.entries=1 fails for each array size

    const workers = [startWorker(redis.url), startWorker(redis.url)];
    const queued = await tpusimAsync(['sweep', model, ...GRID, '--queue', redis.url, '--out', join(dir, 'queued')]);
    expect(queued.code, queued.stderr).toBe(1);
    expect(queued.stderr).toContain('0 points from the cache, 6 jobs enqueued');
    expect(untimed(join(dir, 'queued'))).toEqual(untimed(join(dir, 'local')));
    expect(points(join(dir, 'queued')).filter((p) => p.status === 'failed')).toHaveLength(3);
    // both workers took points
    for (const w of workers) expect(w.log()).toMatch(/point \w+ (ok|failed)/);
    await Promise.all(workers.map((w) => stopProcess(w.proc, 'SIGINT')));
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);

    // no worker runs now: the successful points come from the cache; failed ones are enqueued again
    const again = await tpusimAsync(['sweep', model, '--set', 'matrix.rows=16,32,64', '--queue', redis.url, '--out', join(dir, 'again')]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('3 points from the cache, 0 jobs enqueued');
    const okLocal = untimed(join(dir, 'local'))
      .filter((p) => p.status === 'ok')
      .map(({ index: _i, values, ...rest }) => ({ ...rest, rows: values['matrix.rows'] }));
    const okAgain = untimed(join(dir, 'again')).map(({ index: _i, values, ...rest }) => ({ ...rest, rows: values['matrix.rows'] }));
    expect(okAgain.map(({ speedup: _s, ...p }) => p)).toEqual(okLocal.map(({ speedup: _s, ...p }) => p));
  }, 600_000);

  it('a worker killed with SIGKILL mid-sweep loses no point and duplicates none', async () => {
    const url = `${redis.url}/1`; // its own database: nothing cached
    const events = new QueueEvents(QUEUE_NAME, { connection: { ...parseQueueUrl(url), maxRetriesPerRequest: null } });
    let stalled = 0;
    events.on('stalled', () => stalled++);
    await events.waitUntilReady();
    const out = tempDir();
    const a = startWorker(url);
    const b = startWorker(url);
    const sweep = tpusimAsync([
      'sweep',
      'zoo:mlp1',
      '--set',
      'matrix.rows=64,128',
      '--set',
      // 16 points of a fraction of a second each: work still waits when A is killed, even if a
      // loaded machine delays the kill by a second or two (with 8, A could finish its last one first)
      'weightMemory.bandwidthGBps=20,27,34,51,68,84,100,150',
      '--queue',
      url,
      '--out',
      out,
      '--json',
    ]);
    // kill A right after its first point: it has already taken its next one
    await waitFor(() => /point \w+ ok/.test(a.log()), 300_000, 'worker A to finish a point');
    a.proc.kill('SIGKILL');
    const r = await sweep;
    expect(r.code, r.stderr).toBe(0);
    const pts = points(out);
    expect(pts.map((p) => p.index).sort((x, y) => x - y)).toEqual([...Array(16).keys()]);
    expect(pts.every((p) => p.status === 'ok')).toBe(true);
    // every point was computed exactly once across both workers' logs, the killed one's by B
    const done = (w: WorkerProc) => [...w.log().matchAll(/point (\w+) ok/g)].map((m) => m[1]);
    const all = [...done(a), ...done(b)];
    expect(new Set(all).size).toBe(16);
    expect(all).toHaveLength(16);
    expect(stalled).toBeGreaterThanOrEqual(1);
    await stopProcess(b.proc, 'SIGTERM');
    expect(await b.exited).toBe(0);
    await events.close();
  }, 600_000);

  it('SIGINT makes a worker finish its running point and exit 0; another worker takes the rest, each point once', async () => {
    const url = `${redis.url}/3`;
    const out = tempDir();
    const a = startWorker(url);
    const sweep = tpusimAsync([
      'sweep',
      'zoo:mlp1',
      '--set',
      'matrix.rows=64,128',
      '--set',
      'weightMemory.bandwidthGBps=20,34',
      '--queue',
      url,
      '--out',
      out,
    ]);
    await waitFor(() => /point \w+ ok/.test(a.log()), 300_000, 'worker A to finish a point');
    a.proc.kill('SIGINT'); // A has taken its next point by now
    expect(await a.exited).toBe(0);
    const afterSignal = a.log().slice(a.log().indexOf('SIGINT'));
    expect(afterSignal).toMatch(/finishing the running points[\s\S]*point \w+ ok[\s\S]*stopped/);
    const b = startWorker(url);
    const r = await sweep;
    expect(r.code, r.stderr).toBe(0);
    expect(points(out).map((p) => [p.index, p.status])).toEqual([0, 1, 2, 3].map((i) => [i, 'ok']));
    const done = [...a.log().matchAll(/point (\w+) ok/g), ...b.log().matchAll(/point (\w+) ok/g)].map((m) => m[1]);
    expect(done).toHaveLength(4);
    expect(new Set(done).size).toBe(4);
    await stopProcess(b.proc, 'SIGTERM');
  }, 600_000);

  it('a bad URL or an unreachable Redis is one line and exit 2', async () => {
    for (const url of ['http://127.0.0.1:6379', 'redis://127.0.0.1:1', 'redis://127.0.0.1:6379/db']) {
      for (const args of [
        ['sweep', 'zoo:mlp1', '--set', 'matrix.rows=64', '--queue', url, '--out', tempDir()],
        ['worker', '--queue', url],
      ]) {
        const r = tpusim(args);
        expect(r.code, r.stderr).toBe(2);
        expect(
          r.stderr
            .trim()
            .split('\n')
            .filter((l) => !l.startsWith('sweep:')),
        ).toEqual([
          expect.stringMatching(
            new RegExp(`^tpusim: --queue ${url.replace(/[./]/g, '\\$&')}: (cannot reach Redis|.*expected redis://HOST:PORT)`),
          ),
        ]);
      }
    }
  }, 120_000);

  it('a worker of another version refuses the job with a clear message and exits 2', async () => {
    const url = `${redis.url}/2`;
    const queue = new Queue(QUEUE_NAME, { connection: { ...parseQueueUrl(url), maxRetriesPerRequest: null } });
    const events = new QueueEvents(QUEUE_NAME, { connection: { ...parseQueueUrl(url), maxRetriesPerRequest: null } });
    await events.waitUntilReady();
    const failed = new Promise<string>((r) => events.on('failed', ({ failedReason }) => r(failedReason)));
    // what a submitter of another tpusim version would enqueue
    await queue.add(
      'point',
      { version: '0.0.0-other', key: 'k', model: { kind: 'zoo', name: 'zoo:mlp1' }, config: {}, options: {}, fresh: false },
      { jobId: 'k' },
    );
    const w = startWorker(url);
    expect(await w.exited).toBe(2);
    const reason = await failed;
    expect(reason).toMatch(
      new RegExp(`runs tpusim ${packageVersion().replace(/\./g, '\\.')} but the sweep was submitted by tpusim 0\\.0\\.0-other`),
    );
    expect(w.log()).toContain(reason);
    expect(w.log()).not.toMatch(/\n\s+at /); // no stack trace
    await Promise.all([queue.close(), events.close()]);
  }, 120_000);

  it('--cache DIR reuses local results, --fresh recomputes them', () => {
    const cache = tempDir();
    const args = ['sweep', 'zoo:mlp1', '--set', 'matrix.rows=64,128', '--jobs', '2', '--cache', cache];
    const first = tpusim([...args, '--out', tempDir()], { timeoutMs: 300_000 });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('0 points from the cache, 2 run');
    expect(readdirSync(cache)).toHaveLength(2);
    const out = tempDir();
    const second = tpusim([...args, '--set', 'weightMemory.bandwidthGBps=34,68', '--out', out], { timeoutMs: 300_000 });
    expect(second.code, second.stderr).toBe(0);
    // tpu-v1's bandwidth is 34 GB/s: those two points are the first sweep's
    expect(second.stderr).toContain('2 points from the cache, 2 run');
    const fresh = tpusim([...args, '--fresh', '--out', tempDir()], { timeoutMs: 300_000 });
    expect(fresh.stderr).toContain('0 points from the cache, 2 run');
  }, 600_000);
});
