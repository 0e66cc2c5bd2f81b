// MobileNetV2 with torchvision's exact structure (Sandler et al. 2018; torchvision
// `mobilenet_v2`, width 1.0): inverted residual blocks of 1x1 expansion, 3x3 depthwise and 1x1
// linear projection, ReLU6 as Clip(0, 6), 224x224 RGB in, 1000 logits out (dropout omitted:
// inference). BatchNormalization statistics come from the calibration image; BN affine
// parameters follow BN_BEFORE_RELU and RESIDUAL_GAMMA; the classifier bias is centred.
import type { Graph } from '../../ir.js';
import { NetBuilder } from '../net.js';
import { type BuildContext, BN_BEFORE_RELU, CALIBRATION_BATCH, RESIDUAL_GAMMA } from './common.js';

/** torchvision's inverted-residual settings: expansion t, output channels c, repeats n, first stride s. */
const SETTINGS: [number, number, number, number][] = [
  [1, 16, 1, 1],
  [6, 24, 2, 2],
  [6, 32, 3, 2],
  [6, 64, 4, 2],
  [6, 96, 3, 1],
  [6, 160, 3, 2],
  [6, 320, 1, 1],
];

/** Builds torchvision's mobilenet_v2. */
export function buildMobilenetV2(ctx: BuildContext): Graph {
  const net = new NetBuilder('mobilenet_v2', ctx);
  let x = net.input('input', 'float32', [ctx.batch, 3, 224, 224], { shape: [CALIBRATION_BATCH, 3, 224, 224] });
  const convBnRelu6 = (v: string, cin: number, cout: number, k: number, o: { stride?: number; group?: number } = {}) =>
    net.relu6(net.batchNorm(net.conv(v, cin, cout, k, o), cout, BN_BEFORE_RELU));
  x = convBnRelu6(x, 3, 32, 3, { stride: 2 });
  let cin = 32;
  for (const [t, c, n, s] of SETTINGS) {
    for (let i = 0; i < n; i++) {
      const stride = i === 0 ? s : 1;
      const hidden = cin * t;
      let y = t === 1 ? x : convBnRelu6(x, cin, hidden, 1);
      y = convBnRelu6(y, hidden, hidden, 3, { stride, group: hidden });
      const residual = stride === 1 && cin === c;
      y = net.batchNorm(net.conv(y, hidden, c, 1), c, { gamma: residual ? RESIDUAL_GAMMA : 1 });
      x = residual ? net.add(x, y) : y;
      cin = c;
    }
  }
  x = convBnRelu6(x, cin, 1280, 1);
  x = net.flatten(net.globalAvgPool(x));
  net.output(net.linear(x, 1280, 1000, { centre: true }));
  return net.build();
}
