package org.lnet.it.reliability;

/**
 * Linear algebra written plainly for the matrix's independent checks, on {@code double[rows][cols]}: products,
 * Gaussian elimination with partial pivoting, cyclic Jacobi for symmetric eigenvalues, and full-matrix gradient
 * descent and RK4 for L = (g/2) ||Y - X U V^T||_F^2 (g = 1: the sum loss; g = 2/n: the mean loss). None of it calls
 * the engine or EJML, so agreement with the engine is agreement of two separate routes.
 */
final class Plain {

    private Plain() {
    }

    static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                double aik = a[i][k];
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    static double[][] t(double[][] a) {
        double[][] b = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                b[j][i] = a[i][j];
            }
        }
        return b;
    }

    /** a + s b. */
    static double[][] add(double[][] a, double s, double[][] b) {
        double[][] c = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                c[i][j] = a[i][j] + s * b[i][j];
            }
        }
        return c;
    }

    static double frobenius(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** A row-major array (rows x cols) as a matrix. */
    static double[][] of(double[] data, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * cols, m[i], 0, cols);
        }
        return m;
    }

    /** A^{-1} B by Gaussian elimination with partial pivoting (A square and invertible). */
    static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        double[][] m = new double[n][];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
            x[i] = b[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int p = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(m[i][col]) > Math.abs(m[p][col])) {
                    p = i;
                }
            }
            double[] tmp = m[p];
            m[p] = m[col];
            m[col] = tmp;
            tmp = x[p];
            x[p] = x[col];
            x[col] = tmp;
            for (int i = col + 1; i < n; i++) {
                double f = m[i][col] / m[col][col];
                for (int j = col; j < n; j++) {
                    m[i][j] -= f * m[col][j];
                }
                for (int j = 0; j < x[0].length; j++) {
                    x[i][j] -= f * x[col][j];
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = 0; j < x[0].length; j++) {
                double s = x[i][j];
                for (int k = i + 1; k < n; k++) {
                    s -= m[i][k] * x[k][j];
                }
                x[i][j] = s / m[i][i];
            }
        }
        return x;
    }

    static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    /**
     * The eigenvalues of a symmetric matrix in decreasing order, by cyclic Jacobi rotations until the off-diagonal
     * part is below 1e-15 of the Frobenius norm (each rotation is orthogonal, so by Weyl every eigenvalue is then
     * within about 1e-15 ||S||_F of the diagonal).
     */
    static double[] eigenvalues(double[][] s) {
        int n = s.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = s[i].clone();
        }
        double norm = frobenius(a);
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += 2 * a[i][j] * a[i][j];
                }
            }
            if (Math.sqrt(off) <= 1e-15 * norm) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double tan = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double cos = 1 / Math.sqrt(tan * tan + 1);
                    double sin = tan * cos;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = cos * akp - sin * akq;
                        a[k][q] = sin * akp + cos * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = cos * apk - sin * aqk;
                        a[q][k] = sin * apk + cos * aqk;
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[i][i];
        }
        java.util.Arrays.sort(out);
        for (int i = 0; i < n / 2; i++) {
            double tmp = out[i];
            out[i] = out[n - 1 - i];
            out[n - 1 - i] = tmp;
        }
        return out;
    }

    /**
     * The projector Φ1 Φ1^T onto the row space of X, for X of full rank: I when n ≥ D (full column rank), and
     * X^T (X X^T)^{-1} X when n < D (full row rank).
     */
    static double[][] rowSpaceProjector(double[][] x) {
        if (x.length >= x[0].length) {
            return identity(x[0].length);
        }
        return mul(t(x), solve(mul(x, t(x)), x));
    }

    /**
     * Theorem 1's c = [λ_r(Λ)]+ + [λ_m(−Λ)]+ of the full h x h imbalance Λ = U1^T U1 − V^T V, U1^T U1 = U^T Φ1 Φ1^T U
     * (docs/MATH.md §4); λ_r(Λ) is 0 when h < r, λ_m(−Λ) is 0 when h < m.
     */
    static double c(double[][] x, double[][] u, double[][] v, int r) {
        double[][] lambda = add(mul(t(u), mul(rowSpaceProjector(x), u)), -1, mul(t(v), v));
        double[] e = eigenvalues(lambda);
        int h = e.length;
        int m = v.length;
        double lr = h < r ? 0 : e[r - 1];
        double lm = h < m ? 0 : -e[h - m];
        return Math.max(0, lr) + Math.max(0, lm);
    }

    /**
     * The minimum-norm least-squares solution Θ̂ of X Θ = Y for X of full rank: (X^T X)^{-1} X^T Y when n ≥ D, and
     * X^T (X X^T)^{-1} Y when n < D (the interpolating solution in the row space of X).
     */
    static double[][] minNorm(double[][] x, double[][] y) {
        return x.length >= x[0].length ? solve(mul(t(x), x), mul(t(x), y)) : mul(t(x), solve(mul(x, t(x)), y));
    }

    /** L = (g/2) ||Y − X U V^T||_F^2. */
    static double loss(double[][] x, double[][] y, double[][] u, double[][] v, double g) {
        double f = frobenius(add(y, -1, mul(x, mul(u, t(v)))));
        return g / 2 * f * f;
    }

    /** (−∇_U L, −∇_V L) = g (X^T R V, R^T X U), R = Y − X U V^T. */
    static double[][][] descentDirection(double[][] x, double[][] y, double[][] u, double[][] v, double g) {
        double[][] xtr = mul(t(x), add(y, -1, mul(x, mul(u, t(v)))));
        double[][] du = mul(xtr, v);
        double[][] dv = mul(t(xtr), u);
        return new double[][][] {add(new double[du.length][du[0].length], g, du),
            add(new double[dv.length][dv[0].length], g, dv)};
    }

    /** One gradient-descent step with step lr, both layers from the old values. */
    static double[][][] descentStep(double[][] x, double[][] y, double[][] u, double[][] v, double g, double lr) {
        double[][][] d = descentDirection(x, y, u, v, g);
        return new double[][][] {add(u, lr, d[0]), add(v, lr, d[1])};
    }

    /** One classical Runge–Kutta step of length dt of the gradient flow. */
    static double[][][] rk4Step(double[][] x, double[][] y, double[][] u, double[][] v, double g, double dt) {
        double[][][] k1 = descentDirection(x, y, u, v, g);
        double[][][] k2 = descentDirection(x, y, add(u, dt / 2, k1[0]), add(v, dt / 2, k1[1]), g);
        double[][][] k3 = descentDirection(x, y, add(u, dt / 2, k2[0]), add(v, dt / 2, k2[1]), g);
        double[][][] k4 = descentDirection(x, y, add(u, dt, k3[0]), add(v, dt, k3[1]), g);
        double[][][] out = new double[2][][];
        double[][] start = u;
        for (int layer = 0; layer < 2; layer++) {
            double[][] w = add(layer == 0 ? start : v, dt / 6, k1[layer]);
            w = add(w, dt / 3, k2[layer]);
            w = add(w, dt / 3, k3[layer]);
            out[layer] = add(w, dt / 6, k4[layer]);
        }
        return out;
    }
}
