// The worker thread of scalesim-thread.ts: SCALE-Sim's memory bookkeeping of each layer it is
// given, posted back as one array (a layer's error in its place: Error objects survive the copy).
import { parentPort, workerData } from 'node:worker_threads';
import { type ScaleSimArraySpec, type ScaleSimLayerShape, scaleSimMemory } from './scalesim-model.js';

const { layers, array } = workerData as { layers: ScaleSimLayerShape[]; array: ScaleSimArraySpec };
parentPort!.postMessage(
  layers.map((layer) => {
    try {
      return scaleSimMemory(layer, array);
    } catch (e) {
      return e;
    }
  }),
);
