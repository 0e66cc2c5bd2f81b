// (i) queued sweeps: a 16-point sweep of zoo:mlp1 through a real redis-server with 1 and with 2
// `tpusim worker` processes (the ratio in the same run), and the cost per point of the queue: a
// one-layer topology queued (1 warm worker, 1 point at a time) against the same sweeps run locally
// (--jobs 1), per point as the slope between 16- and 64-point sweeps. Sweeps are whole `tpusim sweep` commands.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'tpusim.js');
const MLP_GRID = ['--set', 'matrix.rows=64,128,192,256', '--set', 'weightMemory.bandwidthGBps=20,34,68,100'];
const TRIVIAL_16 = ['--set', 'matrix.rows=16,32,48,64', '--set', 'weightMemory.bandwidthGBps=20,34,68,100'];
const TRIVIAL_64 = [...TRIVIAL_16, '--set', 'hostInterface.bandwidthGBps=7,14,28,56'];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function stop(p: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    p.once('exit', () => r());
    p.kill(signal);
  });
}

/** Runs a `tpusim sweep` to completion and returns its wall-clock seconds. */
function timedSweep(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'sweep', ...args, '--out', mkdtempSync(join(tmpdir(), 'tpusim-bench-'))], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`tpusim sweep ${args.join(' ')} failed: ${r.stderr}`);
  return (performance.now() - t0) / 1e3;
}

/** Starts n workers and waits until each is listening. */
async function startWorkers(url: string, n: number): Promise<ChildProcess[]> {
  const procs = Array.from({ length: n }, () =>
    spawn(process.execPath, [BIN, 'worker', '--queue', url, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] }),
  );
  await Promise.all(
    procs.map((p) => new Promise<void>((r) => p.stderr!.on('data', (d: Buffer) => d.toString().includes('waiting for points') && r()))),
  );
  return procs;
}

export async function benchQueue(): Promise<void> {
  if (!existsSync('/usr/bin/redis-server')) {
    console.log('(i) queued sweeps: skipped, no /usr/bin/redis-server (apt-get install redis-server)');
    return;
  }
  const port = await freePort();
  const redis = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((r) => redis.stdout!.on('data', (d: Buffer) => d.toString().includes('Ready to accept') && r()));
  const url = `redis://127.0.0.1:${port}`;
  try {
    const seconds: Record<number, number> = {};
    for (const n of [1, 2]) {
      const workers = await startWorkers(url, n);
      timedSweep(['zoo:mlp1', ...MLP_GRID, '--queue', url, '--fresh']); // warm every worker (runtime loaded, zoo model built)
      seconds[n] = timedSweep(['zoo:mlp1', ...MLP_GRID, '--queue', url, '--fresh']);
      await Promise.all(workers.map((w) => stop(w)));
    }
    console.log(
      `(i) 16-point sweep of zoo:mlp1 through Redis: 1 warm worker ${seconds[1]!.toFixed(1)} s, 2 warm workers ${seconds[2]!.toFixed(1)} s; speedup ${(seconds[1]! / seconds[2]!).toFixed(2)}x`,
    );

    const dir = mkdtempSync(join(tmpdir(), 'tpusim-bench-'));
    const topo = join(dir, 'one-layer.csv');
    writeFileSync(
      topo,
      'Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\nfc, 1, 1, 1, 1, 16, 16, 1,\n',
    );
    const [worker] = await startWorkers(url, 1);
    timedSweep([topo, ...TRIVIAL_16, '--queue', url, '--fresh']); // warm the worker (model fetched, runtime loaded)
    // per-point cost = the slope between a 16- and a 64-point sweep, so start-up costs cancel
    const q16 = timedSweep([topo, ...TRIVIAL_16, '--queue', url, '--fresh']);
    const q64 = timedSweep([topo, ...TRIVIAL_64, '--queue', url, '--fresh']);
    await stop(worker!);
    const l16 = timedSweep([topo, ...TRIVIAL_16, '--jobs', '1']);
    const l64 = timedSweep([topo, ...TRIVIAL_64, '--jobs', '1']);
    const perPoint = (a: number, b: number) => ((b - a) / 48) * 1e3;
    console.log(
      `    one-layer topology, one point at a time, per point (slope of 16 → 64 points): local ${perPoint(l16, l64).toFixed(1)} ms, ` +
        `queued ${perPoint(q16, q64).toFixed(1)} ms; queue overhead ${(perPoint(q16, q64) - perPoint(l16, l64)).toFixed(1)} ms per point`,
    );
  } finally {
    await stop(redis);
  }
}
