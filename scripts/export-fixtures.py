#!/usr/bin/python3
"""Exports the ONNX fixtures tpusim's graph tests use, with torch's reference outputs.

Run with Debian's interpreter, which sees python3-torch / python3-torchvision / python3-onnx:

    /usr/bin/python3 scripts/export-fixtures.py --out DIR [NAME ...]   # no NAME: all fixtures
    /usr/bin/python3 scripts/export-fixtures.py --list

For each fixture NAME it writes, into DIR:
    NAME.onnx        the model (torch.onnx.export, random weights from a fixed seed, eval mode)
    NAME.data.bin    sample inputs then torch's outputs, raw little-endian, concatenated
    NAME.json        manifest: opset, torch version, and for every input/output its
                     name, dtype, shape, byteOffset and byteLength in NAME.data.bin

The manifest is written last (atomically), so its presence means the fixture is complete.
Small fixtures are committed under tests/fixtures/onnx/; large ones (torchvision models) are
generated on demand into test-output/fixtures/ by tests/fixtures/onnx/fixtures.ts.
"""
import argparse
import json
import os
import sys
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

SEED = 20240605


class SmallCnn(nn.Module):
    """A small CNN: conv, batch norm (one folded into its conv by torch, one kept), depthwise
    conv, max/avg/global pools, ReLU6 (Clip), a sigmoid gate, Gemm, softmax."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, stride=1, padding=1)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 16, 3, stride=2, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(16)
        self.dw = nn.Conv2d(16, 16, 3, padding=1, groups=16)
        self.fc = nn.Linear(16, 10)
        # Non-trivial running statistics, so batch norm is not an identity.
        for bn in (self.bn1, self.bn2):
            bn.running_mean.uniform_(-0.5, 0.5)
            bn.running_var.uniform_(0.5, 2.0)
            bn.weight.data.uniform_(0.5, 1.5)
            bn.bias.data.uniform_(-0.2, 0.2)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = self.bn1(F.max_pool2d(x, 2))  # after a pool: torch cannot fold it into the conv
        x = F.relu6(self.bn2(self.conv2(x)))
        x = torch.sigmoid(self.dw(x)) * x
        x = F.avg_pool2d(x, 2)
        x = F.adaptive_avg_pool2d(x, 1)
        x = torch.flatten(x, 1)
        return F.softmax(self.fc(x), dim=1)


class LegacyOps(nn.Module):
    """Exercises the forms that changed across opsets (Clip, Pad, Split, Squeeze/Unsqueeze,
    Slice, ReduceMean, Softmax on a 4-D tensor, LeakyRelu, Tanh) for the opset-9 fixture."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(4, 6, 3)

    def forward(self, x):
        y = F.pad(x, (1, 1, 2, 0), value=0.5)
        y = self.conv(y)
        y = torch.clamp(y, -0.5, 0.75)
        a, b = torch.split(y, [2, 4], dim=1)
        a = F.leaky_relu(a, 0.1)
        b = torch.tanh(b[:, :, 1:, :-1])
        s = F.softmax(b, dim=1)
        m = s.mean(dim=(2, 3), keepdim=False).unsqueeze(2)
        return torch.cat([m, a.mean(dim=(2, 3)).unsqueeze(2)], dim=1).squeeze(2)


class LstmModel(nn.Module):
    """A 2-layer LSTM sequence model with a linear head over every step (batch_first)."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(input_size=16, hidden_size=32, num_layers=2, batch_first=True)
        self.head = nn.Linear(32, 8)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.head(y)


class RecurrentSeqModel(nn.Module):
    """A 2-layer GRU or LSTM over a sequence-first input (no batch_first Transpose) with a linear head over every step."""

    def __init__(self, cell):
        super().__init__()
        self.rnn = cell(input_size=16, hidden_size=32, num_layers=2)
        self.head = nn.Linear(32, 8)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.head(y)


class SeMobileCnn(nn.Module):
    """A small mobile CNN with squeeze-excitation: hardswish and SiLU blocks, depthwise convs, SE scales (issue 11)."""

    def __init__(self):
        super().__init__()

        def conv_bn(cin, cout, k, stride=1, groups=1):
            return nn.Sequential(nn.Conv2d(cin, cout, k, stride, k // 2, groups=groups, bias=False), nn.BatchNorm2d(cout))

        def se(c, gate):
            return nn.ModuleDict({'pool': nn.AdaptiveAvgPool2d(1), 'fc1': nn.Conv2d(c, c // 4, 1), 'fc2': nn.Conv2d(c // 4, c, 1), 'gate': gate})

        self.stem = nn.Sequential(conv_bn(3, 16, 3, 2), nn.Hardswish())
        self.dw1 = nn.Sequential(conv_bn(16, 16, 3, 1, 16), nn.Hardswish())
        self.se1 = se(16, nn.Hardsigmoid())
        self.pw1 = conv_bn(16, 24, 1)
        self.exp2 = nn.Sequential(conv_bn(24, 48, 1), nn.SiLU())
        self.dw2 = nn.Sequential(conv_bn(48, 48, 3, 2, 48), nn.SiLU())
        self.se2 = se(48, nn.Sigmoid())
        self.pw2 = conv_bn(48, 32, 1)
        self.head = nn.Linear(32, 10)

    @staticmethod
    def excite(m, x):
        s = m['pool'](x)
        return x * m['gate'](m['fc2'](torch.relu(m['fc1'](s))))

    def forward(self, x):
        x = self.stem(x)
        x = self.pw1(self.excite(self.se1, self.dw1(x)))
        x = self.pw2(self.excite(self.se2, self.dw2(self.exp2(x))))
        return self.head(x.mean(dim=(2, 3)))


class TransformerModel(nn.Module):
    """A 2-layer transformer encoder (d_model 64, 4 heads, batch_first) with a token embedding."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(100, 64)
        layer = nn.TransformerEncoderLayer(
            d_model=64, nhead=4, dim_feedforward=128, dropout=0.1, activation='gelu', batch_first=True
        )
        self.encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
        self.head = nn.Linear(64, 10)

    def forward(self, tokens):
        return self.head(self.encoder(self.embed(tokens)))


class TransformerDecoderModel(nn.Module):
    """A 2-layer transformer decoder (d_model 64, 4 heads, batch_first) over a token embedding:
    causal self-attention (a constant additive mask) and cross-attention to a memory input."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(100, 64)
        layer = nn.TransformerDecoderLayer(
            d_model=64, nhead=4, dim_feedforward=128, dropout=0.1, activation='gelu', batch_first=True
        )
        self.decoder = nn.TransformerDecoder(layer, num_layers=2)
        self.head = nn.Linear(64, 10)
        self.register_buffer('causal', nn.Transformer.generate_square_subsequent_mask(7))

    def forward(self, tokens, memory):
        return self.head(self.decoder(self.embed(tokens), memory, tgt_mask=self.causal))


def torchvision_model(name):
    def build():
        return getattr(torchvision.models, name)(weights=None)

    return build


def image_input():
    return [('input', torch.randn(1, 3, 224, 224))]


# model -> (builder, sample-input maker); fixtures.json says which model at which opset.
MODELS = {
    **{arch: (torchvision_model(arch), image_input)
       for arch in ['resnet18', 'resnet50', 'mobilenet_v2', 'vgg11', 'squeezenet1_0']},
    'smallcnn': (SmallCnn, lambda: [('input', torch.randn(2, 3, 16, 16))]),
    'legacy': (LegacyOps, lambda: [('input', torch.randn(1, 4, 7, 6))]),
    'lstm': (LstmModel, lambda: [('input', torch.randn(2, 5, 16))]),
    'se-mobile': (SeMobileCnn, lambda: [('input', torch.randn(2, 3, 32, 32))]),
    **{f'{name}-seq': (lambda cell=cell: RecurrentSeqModel(cell), lambda: [('input', torch.randn(5, 2, 16))])
       for name, cell in (('gru', nn.GRU), ('lstm', nn.LSTM))},
    'transformer': (TransformerModel, lambda: [('tokens', torch.randint(0, 100, (2, 7)))]),
    'transformer_decoder': (TransformerDecoderModel,
                            lambda: [('tokens', torch.randint(0, 100, (2, 7))), ('memory', torch.randn(2, 5, 64))]),
}


class ShuffleCnn(nn.Module):
    """A small ShuffleNet-v2-style CNN (torchvision's InvertedResidual units): channel split by
    chunk (Split), branches of 1x1 / depthwise 3x3 convolutions, channel concat, and the channel
    shuffle view -> transpose -> view (Reshape -> Transpose -> Reshape)."""

    class Unit(nn.Module):
        def __init__(self, inp, oup, stride):
            super().__init__()
            self.stride = stride
            bf = oup // 2

            def bn(c):
                b = nn.BatchNorm2d(c)
                b.running_mean.uniform_(-0.2, 0.2)
                b.running_var.uniform_(0.5, 2.0)
                return b

            if stride > 1:
                self.branch1 = nn.Sequential(
                    nn.Conv2d(inp, inp, 3, stride, 1, groups=inp, bias=False), bn(inp),
                    nn.Conv2d(inp, bf, 1, bias=False), bn(bf), nn.ReLU())
            src = inp if stride > 1 else bf
            self.branch2 = nn.Sequential(
                nn.Conv2d(src, bf, 1, bias=False), bn(bf), nn.ReLU(),
                nn.Conv2d(bf, bf, 3, stride, 1, groups=bf, bias=False), bn(bf),
                nn.Conv2d(bf, bf, 1, bias=False), bn(bf), nn.ReLU())

        def forward(self, x):
            if self.stride == 1:
                x1, x2 = x.chunk(2, dim=1)
                out = torch.cat((x1, self.branch2(x2)), dim=1)
            else:
                out = torch.cat((self.branch1(x), self.branch2(x)), dim=1)
            n, c, h, w = out.size()
            out = out.view(n, 2, c // 2, h, w).transpose(1, 2).contiguous()
            return out.view(n, c, h, w)

    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 24, 3, 2, 1, bias=False), nn.BatchNorm2d(24), nn.ReLU())
        self.pool = nn.MaxPool2d(3, 2, 1)
        self.units = nn.Sequential(
            ShuffleCnn.Unit(24, 48, 2), ShuffleCnn.Unit(48, 48, 1),
            ShuffleCnn.Unit(48, 96, 2), ShuffleCnn.Unit(96, 96, 1))
        self.head = nn.Sequential(nn.Conv2d(96, 128, 1, bias=False), nn.BatchNorm2d(128), nn.ReLU())
        self.fc = nn.Linear(128, 10)

    def forward(self, x):
        x = self.head(self.units(self.pool(self.stem(x))))
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


MODELS['shufflecnn'] = (ShuffleCnn, lambda: [('input', torch.randn(1, 3, 64, 64))])


def googlenet_small_input():
    """GoogLeNet (torchvision, random init) at 64x64: its inception blocks, and the tiny activations
    deep in a randomly initialised GoogLeNet (scales near 1e-13) that saturated int32 biases and
    zeroed the int8 output before biasScaleFloor (issue 9), in a few seconds rather than minutes."""
    return [('input', torch.randn(1, 3, 64, 64))]


MODELS['googlenet'] = (torchvision_model('googlenet'), googlenet_small_input)

LIST_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'onnx', 'fixtures.json')
with open(LIST_FILE) as f:
    FIXTURES = {e['name']: e for e in json.load(f)['fixtures']}

DTYPES = {
    torch.float32: 'float32',
    torch.int64: 'int64',
    torch.int32: 'int32',
    torch.bool: 'bool',
}


def atomic_write(path, data, mode='wb'):
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix='.tmp-')
    with os.fdopen(fd, mode) as f:
        f.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def export(name, out_dir):
    entry = FIXTURES[name]
    build, make_inputs = MODELS[entry['model']]
    opset = entry['opset']
    torch.manual_seed(SEED)
    model = build().eval()
    inputs = make_inputs()
    args = tuple(t for _, t in inputs)
    onnx_path = os.path.join(out_dir, f'{name}.onnx')
    fd, tmp_onnx = tempfile.mkstemp(dir=out_dir, prefix=f'.{name}-', suffix='.onnx')
    os.close(fd)
    # Export with autograd on: torch 1.13's TransformerEncoderLayer otherwise takes its fused
    # fast path (aten::_transformer_encoder_layer_fwd), which has no ONNX export.
    torch.onnx.export(
        model,
        args,
        tmp_onnx,
        opset_version=opset,
        input_names=[n for n, _ in inputs],
        output_names=['output'],
        dynamic_axes={k: {int(a): n for a, n in v.items()} for k, v in entry.get('dynamicAxes', {}).items()} or None,
        do_constant_folding=True,
    )
    with torch.no_grad():
        outputs = model(*args)
    os.chmod(tmp_onnx, 0o644)
    os.replace(tmp_onnx, onnx_path)
    if isinstance(outputs, torch.Tensor):
        outputs = [outputs]
    blob = bytearray()
    entries = {'inputs': [], 'outputs': []}
    for kind, named in (('inputs', inputs), ('outputs', [('output', outputs[0])])):
        for tensor_name, t in named:
            t = t.detach().contiguous()
            raw = t.numpy().astype(t.numpy().dtype.newbyteorder('<')).tobytes()
            entries[kind].append({
                'name': tensor_name,
                'dtype': DTYPES[t.dtype],
                'shape': list(t.shape),
                'byteOffset': len(blob),
                'byteLength': len(raw),
            })
            blob += raw
    atomic_write(os.path.join(out_dir, f'{name}.data.bin'), bytes(blob))
    manifest = {
        'name': name,
        'opset': opset,
        'torch': torch.__version__,
        'torchvision': torchvision.__version__,
        'seed': SEED,
        'onnxBytes': os.path.getsize(onnx_path),
        **entries,
    }
    atomic_write(os.path.join(out_dir, f'{name}.json'), json.dumps(manifest, indent=1) + '\n', 'w')
    print(f'{name}: {manifest["onnxBytes"]} bytes', flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--out', help='output directory')
    parser.add_argument('--list', action='store_true', help='list fixture names (committed ones marked *)')
    parser.add_argument('--committed', action='store_true', help='export only the committed (small) fixtures')
    parser.add_argument('names', nargs='*')
    opts = parser.parse_args()
    if opts.list:
        for name, entry in FIXTURES.items():
            print(name + (' *' if entry['committed'] else ''))
        return 0
    if not opts.out:
        parser.error('--out DIR is required')
    names = opts.names or [n for n, e in FIXTURES.items() if e['committed'] or not opts.committed]
    unknown = [n for n in names if n not in FIXTURES]
    if unknown:
        parser.error(f'unknown fixture(s): {", ".join(unknown)}; known: {", ".join(FIXTURES)}')
    os.makedirs(opts.out, exist_ok=True)
    torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
    for name in names:
        export(name, opts.out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
