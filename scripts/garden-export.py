#!/usr/bin/python3
"""Exports torchvision classification models for the model garden (scripts/garden.ts, `npm run garden`).

    /usr/bin/python3 scripts/garden-export.py --out DIR [MODEL ...]   # no MODEL: every classification model
    /usr/bin/python3 scripts/garden-export.py --list

Each model is built with random weights (fixed seed, eval mode), batch 1, at its default input size
(inception_v3 299x299, the others 224x224), and exported with opset 17 to DIR/MODEL.onnx. The export
is resumable: a model whose DIR/MODEL.json exists is skipped. DIR/MODEL.json records the outcome:
{"model", "status": "exported" | "skipped", "reason"?, "onnxBytes"?, "seconds"}. A model torch cannot
export gets status "skipped" with torch's error as the reason (one line). One line of progress per model.
"""
import argparse
import json
import os
import sys
import tempfile
import time

import torch
import torchvision

SEED = 20240605
OPSET = 17
# torch.onnx.export writes one protobuf; above 2 GiB it needs external data, which tpusim does not read.
MAX_PROTO_BYTES = 2 ** 31


def classification_models():
    return torchvision.models.list_models(module=torchvision.models)


def input_size(name):
    return 299 if name == 'inception_v3' else 224


def write_json(path, obj):
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix='.tmp-')
    with os.fdopen(fd, 'w') as f:
        f.write(json.dumps(obj, indent=1) + '\n')
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def one_line(e):
    text = f'{type(e).__name__}: {e}'.strip().splitlines()
    return text[0][:300] if text else type(e).__name__


def export(name, out_dir):
    start = time.time()
    torch.manual_seed(SEED)
    model = torchvision.models.get_model(name, weights=None).eval()
    params = sum(p.numel() for p in model.parameters())
    size = input_size(name)
    x = torch.randn(1, 3, size, size)
    result = {'model': name, 'parameters': params, 'input': [1, 3, size, size], 'opset': OPSET}
    if params * 4 >= MAX_PROTO_BYTES:
        result.update(status='skipped', reason=f'{params * 4 / 2**30:.2f} GiB of float32 weights: '
                      'over protobuf\'s 2 GiB limit for one ONNX file (torch would need external data)')
    else:
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f'.{name}-', suffix='.onnx')
        os.close(fd)
        try:
            # Autograd stays on: under no_grad torch 1.13's attention layers take their fused fast
            # path (aten::_native_multi_head_attention), which has no ONNX export (as in export-fixtures.py).
            torch.onnx.export(model, (x,), tmp, opset_version=OPSET, input_names=['input'],
                              output_names=['output'], do_constant_folding=True)
            os.chmod(tmp, 0o644)
            os.replace(tmp, os.path.join(out_dir, f'{name}.onnx'))
            result.update(status='exported', onnxBytes=os.path.getsize(os.path.join(out_dir, f'{name}.onnx')))
        except Exception as e:  # torch cannot export it: record why, move on
            result.update(status='skipped', reason=one_line(e))
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
    result['seconds'] = round(time.time() - start, 1)
    write_json(os.path.join(out_dir, f'{name}.json'), result)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--out', help='output directory')
    parser.add_argument('--list', action='store_true', help='list the classification models')
    parser.add_argument('models', nargs='*')
    opts = parser.parse_args()
    known = classification_models()
    if opts.list:
        print('\n'.join(known))
        return 0
    if not opts.out:
        parser.error('--out DIR is required')
    names = opts.models or known
    unknown = [n for n in names if n not in known]
    if unknown:
        parser.error(f'unknown model(s): {", ".join(unknown)} (see --list)')
    os.makedirs(opts.out, exist_ok=True)
    torch.set_num_threads(1)
    for i, name in enumerate(names, 1):
        if os.path.exists(os.path.join(opts.out, f'{name}.json')):
            print(f'[{i}/{len(names)}] {name}: cached', flush=True)
            continue
        r = export(name, opts.out)
        what = f'{r["onnxBytes"]} bytes' if r['status'] == 'exported' else f'skipped: {r["reason"]}'
        print(f'[{i}/{len(names)}] {name}: {what} ({r["seconds"]} s)', flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
