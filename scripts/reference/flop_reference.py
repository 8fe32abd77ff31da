"""Reference FLOP figures from PyTorch's FlopCounterMode for the example models.

Builds LeNet-5, VGG-16, ResNet-50 (torchvision's layout, written out here so torchvision is not
needed) and the 2-layer LSTM language model exactly as examples/models describes them, and
prints JSON: parameters, forward FLOP and backward FLOP (loss.backward(), the data input needing no
gradient) at batch 1. FlopCounterMode counts matrix products and convolutions only, 2 FLOP per
multiply-add. Run: python3 scripts/reference/flop_reference.py > reference-figures.json
Not a dependency of the package: the Swift tests hold the figures it printed, with this script
named as their source.
"""
import json

import torch
import torch.nn as nn
from torch.utils.flop_counter import FlopCounterMode


def lenet5():
    return nn.Sequential(
        nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2), nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Flatten(), nn.Linear(400, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))


def vgg16():
    layers, channels = [], 3
    for stage in [[64, 64], [128, 128], [256] * 3, [512] * 3, [512] * 3]:
        for width in stage:
            layers += [nn.Conv2d(channels, width, 3, padding=1), nn.ReLU()]
            channels = width
        layers.append(nn.MaxPool2d(2, 2))
    layers += [nn.AdaptiveAvgPool2d(7), nn.Flatten(), nn.Linear(25088, 4096), nn.ReLU(), nn.Dropout(),
               nn.Linear(4096, 4096), nn.ReLU(), nn.Dropout(), nn.Linear(4096, 1000)]
    return nn.Sequential(*layers)


class Bottleneck(nn.Module):
    def __init__(self, cin, width, stride):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(cin, width, 1, bias=False), nn.BatchNorm2d(width), nn.ReLU(),
            nn.Conv2d(width, width, 3, stride, 1, bias=False), nn.BatchNorm2d(width), nn.ReLU(),
            nn.Conv2d(width, width * 4, 1, bias=False), nn.BatchNorm2d(width * 4))
        self.down = None
        if stride != 1 or cin != width * 4:
            self.down = nn.Sequential(nn.Conv2d(cin, width * 4, 1, stride, bias=False), nn.BatchNorm2d(width * 4))

    def forward(self, x):
        return torch.relu(self.body(x) + (self.down(x) if self.down is not None else x))


def resnet50():
    layers = [nn.Conv2d(3, 64, 7, 2, 3, bias=False), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(3, 2, 1)]
    cin = 64
    for stage, (width, count) in enumerate(zip([64, 128, 256, 512], [3, 4, 6, 3])):
        for block in range(count):
            layers.append(Bottleneck(cin, width, 2 if stage > 0 and block == 0 else 1))
            cin = width * 4
    layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(2048, 1000)]
    return nn.Sequential(*layers)


class LSTMLanguageModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Embedding(10000, 650)
        self.rnn = nn.LSTM(650, 650, 2, batch_first=True)
        self.decoder = nn.Linear(650, 10000)

    def forward(self, x):
        return self.decoder(self.rnn(self.encoder(x))[0])


def measure(model, example):
    parameters = sum(p.numel() for p in model.parameters())
    with FlopCounterMode(display=False) as counter:
        output = model(example)
    forward = counter.get_total_flops()
    with FlopCounterMode(display=False) as counter:
        output.float().sum().backward()
    return {"parameters": parameters, "forward_flop": forward, "backward_flop": counter.get_total_flops()}


if __name__ == "__main__":
    torch.manual_seed(0)
    figures = {
        "lenet5": measure(lenet5(), torch.randn(1, 1, 32, 32)),
        "vgg16": measure(vgg16(), torch.randn(1, 3, 224, 224)),
        "resnet50": measure(resnet50(), torch.randn(1, 3, 224, 224)),
        "lstm_lm_s35": measure(LSTMLanguageModel(), torch.randint(0, 10000, (1, 35))),
        "about": f"torch {torch.__version__} FlopCounterMode, batch 1",
    }
    print(json.dumps(figures, indent=1, sort_keys=True))
