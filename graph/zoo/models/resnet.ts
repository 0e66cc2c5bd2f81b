// ResNet-18 and ResNet-50 with torchvision's exact structure (He et al. 2016; torchvision
// `resnet18` / `resnet50`, v1.5: the stride sits on the 3x3 conv of a bottleneck): 224x224 RGB
// in, 1000 logits out. Weights are He-uniform; BatchNormalization statistics are measured on a
// seeded calibration image; BN affine parameters follow BN_BEFORE_RELU and RESIDUAL_GAMMA, and
// the classifier bias is centred on the calibration image (see NetBuilder.linear).
import type { Graph } from '../../ir.js';
import { NetBuilder } from '../net.js';
import { type BuildContext, BN_BEFORE_RELU, CALIBRATION_BATCH, RESIDUAL_GAMMA } from './common.js';

/** Builds torchvision's resnet18 (depth 18) or resnet50 (depth 50). */
export function buildResnet(depth: 18 | 50, ctx: BuildContext): Graph {
  const net = new NetBuilder(`resnet${depth}`, ctx);
  let x = net.input('input', 'float32', [ctx.batch, 3, 224, 224], { shape: [CALIBRATION_BATCH, 3, 224, 224] });
  x = net.relu(net.batchNorm(net.conv(x, 3, 64, 7, { stride: 2, pad: 3 }), 64, BN_BEFORE_RELU));
  x = net.maxPool(x, 3, 2, 1);
  const blocks = depth === 18 ? [2, 2, 2, 2] : [3, 4, 6, 3];
  const expansion = depth === 18 ? 1 : 4;
  let cin = 64;
  [64, 128, 256, 512].forEach((width, stage) => {
    for (let i = 0; i < blocks[stage]!; i++) {
      const stride = i === 0 && stage > 0 ? 2 : 1;
      const cout = width * expansion;
      let y: string;
      if (depth === 18) {
        y = net.relu(net.batchNorm(net.conv(x, cin, width, 3, { stride }), width, BN_BEFORE_RELU));
        y = net.batchNorm(net.conv(y, width, width, 3), width, { gamma: RESIDUAL_GAMMA });
      } else {
        y = net.relu(net.batchNorm(net.conv(x, cin, width, 1), width, BN_BEFORE_RELU));
        y = net.relu(net.batchNorm(net.conv(y, width, width, 3, { stride }), width, BN_BEFORE_RELU));
        y = net.batchNorm(net.conv(y, width, cout, 1), cout, { gamma: RESIDUAL_GAMMA });
      }
      const shortcut = stride !== 1 || cin !== cout ? net.batchNorm(net.conv(x, cin, cout, 1, { stride }), cout) : x;
      x = net.relu(net.add(y, shortcut));
      cin = cout;
    }
  });
  x = net.flatten(net.globalAvgPool(x));
  net.output(net.linear(x, cin, 1000, { centre: true }));
  return net.build();
}
