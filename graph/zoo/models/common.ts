// What every zoo builder receives.
import type { NetOptions } from '../net.js';

/** Arguments of a model builder. */
export interface BuildContext extends NetOptions {
  /** Batch size of the graph's inputs. */
  batch: number;
  seed: number;
  materialize: boolean;
}

/**
 * Calibration batch of the image models. Models that calibrate (BatchNormalization statistics,
 * centred classifier biases) run every node once on this many seeded inputs (image-like, see
 * syntheticImages) at the model's own input size while the graph is built (one forward pass:
 * about 1 s of CPU for ResNet-50, half of it in the wasm GEMM; later builds with the same seed
 * reuse the result). Statistics measured at a reduced image
 * size drift by up to 2.7x in variance in the last stages (zero-padding borders weigh more in
 * small maps), so the size is not reduced.
 */
export const CALIBRATION_BATCH = 1;

/**
 * BatchNorm shift (beta) before a ReLU/ReLU6. A randomly initialized network whose BatchNorms
 * centre every channel is chaotic: with beta 0, each BN + ReLU layer stretches small
 * perturbations by E[relu'(z)^2] / Var[relu(z)] = 1 / (1 - 1/pi) = 1.47 (Yang et al. 2019,
 * "A mean field theory of batch normalization"), so int8 rounding noise grows tenfold through
 * ResNet-50 while the input-dependent part of the logits does not. With beta 1 the factor is
 * Phi(1) / Var[relu(N(1, 1))] = 1.12; larger shifts spend more of the int8 range on the mean.
 */
export const BN_BEFORE_RELU = Object.freeze({ beta: 1 });

/**
 * BatchNorm scale (gamma) closing a residual branch, so each block stays close to its identity
 * shortcut (as SkipInit / Fixup initialize residual networks; torchvision's
 * zero_init_residual uses 0, which would leave the branches' arithmetic unobservable).
 */
export const RESIDUAL_GAMMA = 0.25;
