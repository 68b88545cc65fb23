package org.lnet.engine.ntk;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.lnet.engine.Checks;

/**
 * Forward pass and loss gradient of one network shape on one fixed input matrix, with every buffer allocated once:
 * a training step through here allocates nothing. Not thread-safe; one per thread.
 *
 * <p>With Z = X W^T (n x h), the predictions are f_i = h^{-1/2} sum_j a_j sigma(Z_ij) and, for the loss
 * g * 1/2 sum_i r_i^2 with r = f - y (g = 1 for the sum convention, 2/n for the mean), the gradient is
 * dL/dw_j = g h^{-1/2} a_j sum_i r_i sigma'(Z_ij) x_i, i.e. dL/dW = M^T X with M_ij = g h^{-1/2} r_i a_j sigma'(Z_ij).
 * Both products cost O(n h D); the activation is evaluated once per entry of Z.
 */
final class Evaluator {
    private final DMatrixRMaj x;
    private final double[] a;
    private final Activation activation;
    private final double scale;
    private final DMatrixRMaj z;

    /**
     * @param x inputs, n x D, one sample per row (kept by reference: the caller must not change it)
     * @param a output signs, length h
     */
    Evaluator(DMatrixRMaj x, double[] a, Activation activation) {
        Checks.denseSize("width", x.numRows, a.length, "use a smaller width or fewer samples.");
        this.x = x;
        this.a = a;
        this.activation = activation;
        this.scale = 1 / Math.sqrt(a.length);
        this.z = new DMatrixRMaj(x.numRows, a.length);
    }

    int samples() {
        return x.numRows;
    }

    /** f[i] = f(x_i; W) for the h x D weights w. */
    void predict(DMatrixRMaj w, double[] f) {
        CommonOps_DDRM.multTransB(x, w, z);
        int h = a.length;
        double[] zd = z.data;
        for (int i = 0; i < x.numRows; i++) {
            int row = i * h;
            double sum = 0;
            for (int j = 0; j < h; j++) {
                sum += a[j] * activation.value(zd[row + j]);
            }
            f[i] = scale * sum;
        }
    }

    /**
     * Loss and its gradient at w.
     *
     * @param gain g: 1 for L = 1/2 sum (f - y)^2, 2/n for L = sum (f - y)^2 / n
     * @param f receives the predictions f(x_i; W) (length n)
     * @param gradient receives dL/dW (h x D)
     * @return L at w, in the convention that {@code gain} stands for
     */
    double lossAndGradient(DMatrixRMaj w, double[] y, double gain, double[] f, DMatrixRMaj gradient) {
        CommonOps_DDRM.multTransB(x, w, z);
        int h = a.length;
        double[] zd = z.data;
        double halfSquares = 0;
        for (int i = 0; i < x.numRows; i++) {
            int row = i * h;
            double sum = 0;
            for (int j = 0; j < h; j++) {
                sum += a[j] * activation.valueReplacingByDerivative(zd, row + j);
                zd[row + j] *= a[j];
            }
            f[i] = scale * sum;
            double r = f[i] - y[i];
            halfSquares += 0.5 * r * r;
            double c = gain * scale * r;
            for (int j = 0; j < h; j++) {
                zd[row + j] *= c;
            }
        }
        CommonOps_DDRM.multTransA(z, x, gradient);
        return gain * halfSquares;
    }
}
