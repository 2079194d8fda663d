#!/usr/bin/python3
"""numpy-baseline.py DATA_DIR [ITERATIONS]

The course's numpy code, timed on this machine beside catnet-bench (`make bench` runs
both): the L-layer model [12288,20,7,5,1] as the assignment writes it (each step's
forward, cost, backward and update with numpy), plain and with the next course's tools as
its notebooks write them: L2 (λ 0.7: the cost gains (λ/2m)·Σ‖W‖², each dW gains (λ/m)·W),
inverted dropout (keep 0.86: after each hidden RELU, D = rand < keep, A = A·D/keep, and
the same mask on dA), momentum (β 0.9: v = βv + (1−β)dW, W −= lr·v), flipped images (the
418 images and their mirrors) and Adam on mini-batches of 64 (random_mini_batches' shuffle
each epoch; β1 0.9, β2 0.999, ε 1e-8, bias-corrected). Prints seconds per iteration and
the runs they add up to: 2500 iterations, Adam's 100 epochs (timed whole), and the
overfitting lab's row of 8 (added up from the rows above). It times only; catnet's tests
check the numbers.
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


def step(x, y, params, update, l2=0.0, keep=1.0):
    """One forward and backward pass over (x, y); update(l, dw, db) changes layer l."""
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
        update(l, dw, db)
    return cost


def descent(params, rate):
    def update(l, dw, db):
        w, b = params[l]
        params[l] = (w - rate * dw, b - rate * db)
    return update


def momentum(params, rate, beta=0.9):
    velocity = [(np.zeros_like(w), np.zeros_like(b)) for w, b in params]

    def update(l, dw, db):
        vw, vb = velocity[l]
        vw, vb = beta * vw + (1 - beta) * dw, beta * vb + (1 - beta) * db
        velocity[l] = (vw, vb)
        w, b = params[l]
        params[l] = (w - rate * vw, b - rate * vb)
    return update


def adam(params, rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    v = [(np.zeros_like(w), np.zeros_like(b)) for w, b in params]
    s = [(np.zeros_like(w), np.zeros_like(b)) for w, b in params]
    steps = {"t": 0}

    def update(l, dw, db):
        if l == len(params) - 1:  # the backward pass starts at the last layer: a new step
            steps["t"] += 1
        t = steps["t"]
        moved = []
        for k, g in enumerate((dw, db)):
            v_l, s_l = list(v[l]), list(s[l])
            v_l[k] = beta1 * v_l[k] + (1 - beta1) * g
            s_l[k] = beta2 * s_l[k] + (1 - beta2) * g * g
            v[l], s[l] = tuple(v_l), tuple(s_l)
            v_hat = v_l[k] / (1 - beta1 ** t)
            s_hat = s_l[k] / (1 - beta2 ** t)
            moved.append(rate * v_hat / (np.sqrt(s_hat) + epsilon))
        w, b = params[l]
        params[l] = (w - moved[0], b - moved[1])
    return update


def per_iteration(x, y, iterations, make_update, **options):
    params = initialize([12288, 20, 7, 5, 1])
    update = make_update(params, 0.0075)
    step(x, y, params, update, **options)  # warm-up
    start = time.perf_counter()
    for _ in range(iterations):
        step(x, y, params, update, **options)
    return (time.perf_counter() - start) / iterations


def adam_epochs(x, y, epochs, batch_size=64):
    params = initialize([12288, 20, 7, 5, 1])
    update = adam(params, 0.0075)
    m = x.shape[1]
    start = time.perf_counter()
    for epoch in range(epochs):
        np.random.seed(1 + 1 + epoch)  # random_mini_batches: a shuffle of its own each epoch
        order = np.random.permutation(m)
        for first in range(0, m, batch_size):
            batch = order[first:first + batch_size]
            step(x[:, batch], y[:, batch], params, update)
    return time.perf_counter() - start


def main():
    directory = sys.argv[1]
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    x, y = load(directory)
    print(f"numpy {np.__version__} baseline, [12288,20,7,5,1], m = {x.shape[1]}, {iterations} timed iterations")
    mirrored_x = np.concatenate([x, x.reshape(64, 64, 3, -1)[:, ::-1].reshape(12288, -1)], axis=1)
    mirrored_y = np.concatenate([y, y], axis=1)
    cases = (("course (no option)", x, y, descent, {}), ("L2 0.7", x, y, descent, {"l2": 0.7}),
             ("keep 0.86", x, y, descent, {"keep": 0.86}), ("momentum 0.9", x, y, momentum, {}),
             ("flip (m = 418)", mirrored_x, mirrored_y, descent, {}))
    seconds = {}
    for name, cx, cy, make_update, options in cases:
        seconds[name] = per_iteration(cx, cy, iterations, make_update, **options)
        print(f"  {name:<20} {seconds[name] * 1e3:8.1f} ms/iteration   2500 iterations: "
              f"{seconds[name] * 2500:6.1f} s")
    print(f"  Adam, batches of 64, 100 epochs (timed whole): {adam_epochs(x, y, 100):6.1f} s")
    lab = sum(seconds[name] for name in ("course (no option)", "flip (m = 418)"))
    lab += 3 * seconds["L2 0.7"] + 3 * seconds["keep 0.86"]
    print(f"  overfitting lab's row of 8 (the rows above added up): {lab * 2500:6.1f} s")


if __name__ == "__main__":
    main()
