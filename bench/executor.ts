// Reference-executor speed (part of `npm run bench`): zoo:resnet18 at batch 1 through graph/'s
// float32 reference kernels, the executor the ONNX cross-checks and the fallback devices use.
import { buildModel, execute, sampleInputs } from '../graph/index.js';

/** Runs zoo:resnet18 through the reference executor (best of 3) and prints the time. */
export function benchExecutor(): void {
  const graph = buildModel('resnet18', { batch: 1 });
  const feeds = sampleInputs('resnet18', { batch: 1 });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    execute(graph, feeds);
    times.push(performance.now() - t0);
  }
  console.log(`(f) reference executor, zoo:resnet18 batch 1 (float32): ${Math.min(...times).toFixed(0)} ms (best of 3)`);
}
