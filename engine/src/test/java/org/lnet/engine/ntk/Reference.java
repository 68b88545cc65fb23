package org.lnet.engine.ntk;

import org.ejml.data.DMatrixRMaj;

/**
 * Textbook versions of the network's formulas, written from the definitions with plain loops and the activations'
 * derivatives taken from their closed forms here, not from the engine: the independent side of the tests.
 */
final class Reference {
    private Reference() {
    }

    static double sigma(Activation act, double z) {
        switch (act) {
            case RELU:
                return Math.max(0, z);
            case SOFTPLUS:
                return Math.log(1 + Math.exp(z));
            default:
                return Math.tanh(z);
        }
    }

    static double sigmaPrime(Activation act, double z) {
        switch (act) {
            case RELU:
                return z > 0 ? 1 : 0;
            case SOFTPLUS:
                return 1 / (1 + Math.exp(-z));
            default:
                return 1 / (Math.cosh(z) * Math.cosh(z));
        }
    }

    /** f(x) = h^{-1/2} sum_j a_j sigma(w_j . x) for one input row. */
    static double f(Activation act, DMatrixRMaj w, double[] a, DMatrixRMaj x, int row) {
        double sum = 0;
        for (int j = 0; j < w.numRows; j++) {
            sum += a[j] * sigma(act, dot(w, j, x, row));
        }
        return sum / Math.sqrt(w.numRows);
    }

    /** 1/2 sum_i (f(x_i) - y_i)^2. */
    static double halfSquaredLoss(Activation act, DMatrixRMaj w, double[] a, DMatrixRMaj x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.numRows; i++) {
            double r = f(act, w, a, x, i) - y[i];
            s += 0.5 * r * r;
        }
        return s;
    }

    /** J_{i, jD + l} = df(x_i)/dW_jl = h^{-1/2} a_j sigma'(w_j . x_i) x_il, n x hD (W flattened row by row). */
    static DMatrixRMaj jacobian(Activation act, DMatrixRMaj w, double[] a, DMatrixRMaj x) {
        int h = w.numRows;
        int d = w.numCols;
        DMatrixRMaj j = new DMatrixRMaj(x.numRows, h * d);
        for (int i = 0; i < x.numRows; i++) {
            for (int u = 0; u < h; u++) {
                double c = a[u] * sigmaPrime(act, dot(w, u, x, i)) / Math.sqrt(h);
                for (int l = 0; l < d; l++) {
                    j.set(i, u * d + l, c * x.get(i, l));
                }
            }
        }
        return j;
    }

    static double dot(DMatrixRMaj w, int j, DMatrixRMaj x, int i) {
        double s = 0;
        for (int l = 0; l < w.numCols; l++) {
            s += w.get(j, l) * x.get(i, l);
        }
        return s;
    }

    /** P(w.x > 0, w.x' > 0) for w ~ N(0, I): (pi - theta) / (2 pi), theta from acos (the plain formula). */
    static double bothPositive(double[] x, double[] xp) {
        double dot = 0;
        double nx = 0;
        double np = 0;
        for (int l = 0; l < x.length; l++) {
            dot += x[l] * xp[l];
            nx += x[l] * x[l];
            np += xp[l] * xp[l];
        }
        double theta = Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(nx * np))));
        return (Math.PI - theta) / (2 * Math.PI);
    }

    static double[] row(DMatrixRMaj x, int i) {
        double[] r = new double[x.numCols];
        for (int l = 0; l < r.length; l++) {
            r[l] = x.get(i, l);
        }
        return r;
    }
}
