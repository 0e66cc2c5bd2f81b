// `tpusim worker --queue redis://HOST:PORT[/DB] [--jobs N] [--timeout S]`: runs the points of queued
// sweeps on this machine until stopped. SIGINT/SIGTERM finish the running points and exit; a second
// signal exits at once (those points go back to the queue when their lock expires).
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { positiveInt, processIo, type CommandIo } from './run-deps.js';

export interface WorkerDeps {
  /** File URL or path of the module whose `runModel` the pool calls (the runtime's index). */
  runModule: string | URL;
  io?: CommandIo;
}

interface WorkerCliOptions {
  queue: string;
  jobs?: string;
  timeout?: string;
  lockDuration: string;
  stalledInterval: string;
}

/** Registers `tpusim worker`. */
export function registerWorkerCommand(program: Command, deps: WorkerDeps): Command {
  return program
    .command('worker')
    .description('run the points of sweeps queued with `tpusim sweep --queue` until stopped')
    .requiredOption('--queue <url>', 'the Redis the sweeps are queued on: redis://HOST:PORT[/DB]')
    .option('--jobs <n>', 'points run at once (default: the number of cores)')
    .option('--timeout <seconds>', 'fail a point that runs longer than this')
    .option(
      '--lock-duration <ms>',
      "how long a running point's lock lasts without renewal; a killed worker's point is retried after it",
      '30000',
    )
    .option('--stalled-interval <ms>', 'how often to look for points whose worker died', '30000')
    .action(async (opts: WorkerCliOptions) => {
      const io = deps.io ?? processIo();
      // loaded here, not at start: every other command would pay for piscina, bullmq, ioredis and zod
      const [{ parseQueueUrl, QueueError, startQueueWorker }, { packageVersion }, { defaultJobs, openSweepPool }] = await Promise.all([
        import('../../queue/index.js'),
        import('../../sim/index.js'),
        import('./sweep-pool.js'),
      ]);
      const jobs = opts.jobs !== undefined ? positiveInt('--jobs', opts.jobs) : defaultJobs();
      const timeout = opts.timeout !== undefined ? Number(opts.timeout) : undefined;
      if (timeout !== undefined && !(timeout > 0 && Number.isFinite(timeout)))
        throw new InputError(`--timeout ${opts.timeout}: expected a positive number of seconds`);
      const lockDurationMs = positiveInt('--lock-duration', opts.lockDuration);
      const stalledIntervalMs = positiveInt('--stalled-interval', opts.stalledInterval);
      const pool = openSweepPool({ jobs, runModule: deps.runModule, ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}) });
      const log = (line: string) => io.stderr.write(`worker: ${line}\n`);
      let worker;
      try {
        worker = await startQueueWorker({
          target: parseQueueUrl(opts.queue),
          version: packageVersion(),
          concurrency: jobs,
          lockDurationMs,
          stalledIntervalMs,
          runPoint: (model, config, options) => pool.run({ model, config, options }),
          log,
        });
      } catch (e) {
        await pool.destroy();
        if (e instanceof QueueError) throw new InputError(e.message);
        throw e;
      }
      log(`tpusim ${packageVersion()} waiting for points on ${opts.queue} (${jobs} at once; Ctrl-C to stop)`);
      let signals = 0;
      const onSignal = (sig: string) => {
        if (++signals > 1) process.exit(130); // the running points' locks expire and other workers retry them
        log(`${sig}: finishing the running points (again to stop at once)`);
        void worker.close();
      };
      process.on('SIGINT', () => onSignal('SIGINT'));
      process.on('SIGTERM', () => onSignal('SIGTERM'));
      const code = await worker.stopped;
      await pool.destroy();
      if (code !== 0) throw new InputError('worker stopped: it refused points of another tpusim version');
      log('stopped');
    });
}
