// The matrix helper: a second, stateless wasm module (build/tpu-helper.wasm) that runs on a worker
// thread over the core's shared memory and joins each large MATMUL's job that asc/kernels.ts posts,
// claiming units of it alongside the core. It has no data and no heap of its own: everything it
// touches is in the control block and the job.
import {
  CTRL_ATTACHED, CTRL_CHUNK, CTRL_EDGE, CTRL_FAILED, CTRL_JOB, CTRL_JOBS, CTRL_STATE, CTRL_STOP, STATE_CLAIMED,
  STATE_DONE, STATE_POSTED, runShared,
} from './gemm-core';

// Polls before sleeping: a MATMUL's next half usually comes within microseconds, a futex wake-up
// costs tens of them
const SPIN_POLLS: i32 = 1 << 16;
// Sleeps at most this long (ns) between looks at the stop flag
const WAIT_NS: i64 = 10_000_000;

/** Joins the jobs posted in the control block at `ctrl` until its stop flag is set. */
export function serve(ctrl: usize): void {
  atomic.store<i32>(ctrl + CTRL_ATTACHED, 1);
  let idle = 0;
  while (atomic.load<i32>(ctrl + CTRL_STOP) == 0) {
    const state = atomic.load<i32>(ctrl + CTRL_STATE);
    if (state == STATE_POSTED && atomic.cmpxchg<i32>(ctrl + CTRL_STATE, STATE_POSTED, STATE_CLAIMED) == STATE_POSTED) {
      runShared(<usize>load<u32>(ctrl + CTRL_JOB), <usize>load<u32>(ctrl + CTRL_CHUNK), <usize>load<u32>(ctrl + CTRL_EDGE));
      atomic.add<i32>(ctrl + CTRL_JOBS, 1);
      atomic.store<i32>(ctrl + CTRL_STATE, STATE_DONE);
      atomic.notify(ctrl + CTRL_STATE, 1); // the core, if it gave up spinning
      idle = 0;
      continue;
    }
    if (idle < SPIN_POLLS) {
      idle++;
      continue;
    }
    // woken by a post (not by the timeout): spin again. The post it woke for may be gone (the
    // core finished that MATMUL alone) while the next comes within microseconds; sleeping at once
    // again missed 95% of zoo:cnn1's MATMULs, each found it asleep
    if (atomic.wait<i32>(ctrl + CTRL_STATE, state, WAIT_NS) != 2) idle = 0;
  }
  atomic.store<i32>(ctrl + CTRL_ATTACHED, 0);
}

/** Marks the helper failed (its thread's JavaScript calls this when serve() traps): the core's wait ends. */
export function fail(ctrl: usize): void {
  atomic.store<i32>(ctrl + CTRL_FAILED, 1);
  atomic.store<i32>(ctrl + CTRL_ATTACHED, 0);
  atomic.store<i32>(ctrl + CTRL_STATE, STATE_DONE);
}
