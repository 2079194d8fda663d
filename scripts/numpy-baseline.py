#!/usr/bin/python3
"""numpy-baseline.py DATA_DIR [ITERATIONS]

The course's numpy code, timed on this machine beside catnet-bench (`make bench` runs
both): the L-layer model [12288,20,7,5,1] as the assignment writes it (each step's
forward, cost, backward and update with numpy), plain and with the next course's tools as
its notebooks write them: L2 (λ 0.7: the cost gains (λ/2m)·Σ‖W‖², each dW gains (λ/m)·W),
inverted dropout (keep 0.86: after each hidden RELU, D = rand < keep, A = A·D/keep, and
the same mask on dA) and momentum (β 0.9: v = βv + (1−β)dW, W −= lr·v). Prints seconds per
iteration and the 2500-iteration run they add up to. It times only; catnet's tests check
the numbers.
"""
import sys
import time

import h5py
import numpy as np


def load(directory):
    with h5py.File(f"{directory}/train_catvnoncat.h5", "r") as f:
        x = np.array(f["train_set_x"][:], dtype=np.float64)
        y = np.array(f["train_set_y"][:]).reshape(1, -1)
    return x.reshape(x.shape[0], -1).T / 255.0, y


def initialize(dims):
    np.random.seed(1)
    return [(np.random.randn(dims[l], dims[l - 1]) / np.sqrt(dims[l - 1]), np.zeros((dims[l], 1)))
            for l in range(1, len(dims))]


def step(x, y, params, rate, l2=0.0, keep=1.0, beta=0.0, velocity=None):
    m = x.shape[1]
    activations, pre, masks = [x], [], []
    for l, (w, b) in enumerate(params):
        z = w @ activations[-1] + b
        pre.append(z)
        if l == len(params) - 1:
            activations.append(1 / (1 + np.exp(-z)))
            break
        a = np.maximum(0, z)
        if keep < 1.0:
            d = np.random.rand(*a.shape) < keep
            masks.append(d)
            a = a * d / keep
        activations.append(a)
    al = activations[-1]
    cost = -np.sum(y * np.log(al) + (1 - y) * np.log(1 - al)) / m
    cost += l2 / (2 * m) * sum(np.sum(np.square(w)) for w, _ in params)
    da = -(np.divide(y, al) - np.divide(1 - y, 1 - al))
    for l in reversed(range(len(params))):
        w, b = params[l]
        s = activations[l + 1]
        if l == len(params) - 1:
            dz = da * s * (1 - s)
        else:
            if keep < 1.0:
                da = da * masks[l] / keep
            dz = np.where(pre[l] > 0, da, 0)
        dw = dz @ activations[l].T / m + l2 / m * w
        db = np.sum(dz, axis=1, keepdims=True) / m
        da = w.T @ dz
        if velocity is None:
            params[l] = (w - rate * dw, b - rate * db)
        else:
            vw, vb = velocity[l]
            vw, vb = beta * vw + (1 - beta) * dw, beta * vb + (1 - beta) * db
            velocity[l] = (vw, vb)
            params[l] = (w - rate * vw, b - rate * vb)
    return cost


def main():
    directory = sys.argv[1]
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    x, y = load(directory)
    print(f"numpy {np.__version__} baseline, [12288,20,7,5,1], m = {x.shape[1]}, {iterations} timed iterations")
    cases = (("course (no option)", {}), ("L2 0.7", {"l2": 0.7}), ("keep 0.86", {"keep": 0.86}),
             ("momentum 0.9", {"beta": 0.9}))
    for name, options in cases:
        params = initialize([12288, 20, 7, 5, 1])
        if "beta" in options:
            options = dict(options, velocity=[(np.zeros_like(w), np.zeros_like(b)) for w, b in params])
        step(x, y, params, 0.0075, **options)  # warm-up
        start = time.perf_counter()
        for _ in range(iterations):
            step(x, y, params, 0.0075, **options)
        seconds = (time.perf_counter() - start) / iterations
        print(f"  {name:<20} {seconds * 1e3:8.1f} ms/iteration   2500 iterations: {seconds * 2500:6.1f} s")


if __name__ == "__main__":
    main()
