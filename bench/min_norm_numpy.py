"""The NumPy peer of `lnet min-norm`: loadtxt X and Y, Theta_hat = pinv(X) @ Y with LAPACK's rank rule
rcond = max(n, D) * eps, savetxt. Prints the phase times as JSON."""
import json
import sys
import time

import numpy as np

x_file, y_file, out_file = sys.argv[1:4]
t0 = time.perf_counter()
X = np.loadtxt(x_file, delimiter=",", skiprows=1)
Y = np.loadtxt(y_file, delimiter=",", skiprows=1, ndmin=2)
t1 = time.perf_counter()
theta = np.linalg.pinv(X, rcond=max(X.shape) * np.finfo(float).eps) @ Y
t2 = time.perf_counter()
np.savetxt(out_file, theta, delimiter=",", fmt="%.17g",
           header=",".join(f"y{j + 1}" for j in range(Y.shape[1])), comments="")
t3 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "pinv": t2 - t1, "save": t3 - t2, "total": t3 - t0}))
