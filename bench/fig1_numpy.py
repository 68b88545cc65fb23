#!/usr/bin/env python3
"""Figure-1 width sweep, written the straightforward way with NumPy on the full matrices.

The reference the Java engine is benchmarked against: same data (X.csv, Y.csv exported by
`lnet bench fig1 --export-data DIR`), same widths, seeds per width, alpha = 1/2 initialization,
gradient descent with eta = 0.5 (lnet fig1's default step) on the mean loss ||Y - X U V^T||_F^2 / n until it is below 1e-10.
Prints one JSON object: wallSeconds (sweep only, after imports and data loading), cpuSeconds (CPU time of all
threads over the same span, which a loaded machine inflates much less), gaussianSeconds, meanDistanceByWidth,
totalSteps.
"""
import json
import sys
import time

import numpy as np


def main():
    x = np.loadtxt(sys.argv[1], delimiter=",")
    y = np.loadtxt(sys.argv[2], delimiter=",")
    widths = [int(w) for w in (sys.argv[3] if len(sys.argv) > 3 else "500,1000,2000,5000,10000").split(",")]
    seeds = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    n, d = x.shape
    m = y.shape[1]
    theta_hat = np.linalg.pinv(x) @ y
    rng = np.random.default_rng(1)
    eta, tol, max_steps = 0.5, 1e-10, 100_000
    start = time.perf_counter()
    cpu_start = time.process_time()
    gaussian = 0.0
    means, steps_total = [], 0
    for h in widths:
        distances = []
        for _ in range(seeds):
            t = time.perf_counter()
            u = rng.standard_normal((d, h)) / np.sqrt(h)
            v = rng.standard_normal((m, h)) / np.sqrt(h)
            gaussian += time.perf_counter() - t
            steps = 0
            while steps < max_steps:
                r = y - x @ (u @ v.T)
                if (r * r).sum() / n < tol:
                    break
                grad_u = -(2 / n) * (x.T @ r) @ v
                grad_v = -(2 / n) * (r.T @ x) @ u
                u -= eta * grad_u
                v -= eta * grad_v
                steps += 1
            steps_total += steps
            distances.append(np.linalg.norm(u @ v.T - theta_hat))
        means.append(float(np.mean(distances)))
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(json.dumps({"implementation": "numpy full-matrix", "wallSeconds": wall, "cpuSeconds": cpu, "gaussianSeconds": gaussian,
                      "widths": widths, "meanDistanceByWidth": means, "totalSteps": steps_total,
                      "numpy": np.__version__}, separators=(",", ":")))


if __name__ == "__main__":
    main()
