package org.lnet.engine.ntk;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;

/**
 * The neural tangent kernel of {@link WideNetwork}: K(x, x') = &lt;grad_W f(x; W), grad_W f(x'; W)&gt;. Since
 * df/dw_j = h^{-1/2} a_j sigma'(w_j^T x) x and a_j^2 = 1,
 * <pre>  K(x, x') = (1/h) sum_j sigma'(w_j^T x) sigma'(w_j^T x') x^T x',</pre>
 * so the n x n Gram matrix is K = (S S^T / h) o (X X^T) with S_ij = sigma'(w_j^T x_i) (o: entrywise product). This
 * costs O(n h D + n^2 h) and O(n h) memory, never the O(n h D) memory of the Jacobian J (n x hD, K = J J^T).
 *
 * <p>Infinite width, ReLU, w ~ N(0, I_D): by the law of large numbers K -&gt; K_inf with
 * K_inf(x, x') = x^T x' P(w^T x &gt; 0, w^T x' &gt; 0) = x^T x' (pi - theta) / (2 pi), theta the angle between x and
 * x'. The probability is that of a Gaussian vector lying in the intersection of two half-spaces whose normals
 * are theta apart, an arc of the circle of length pi - theta out of 2 pi. It is the arc-cosine kernel of degree 0
 * divided by two (Cho and Saul, "Kernel methods for deep learning", NIPS 2009: k_0 = 1 - theta/pi), and the
 * derivative of the degree-1 kernel E[relu(u) relu(v)] = (sin theta + (pi - theta) cos theta) / (2 pi) with
 * respect to the correlation rho = cos theta of unit-variance (u, v) (Price's theorem); Du, Zhai, Poczos and Singh
 * (ICLR 2019) call it H^infinity for this network. The entries of K fluctuate around K_inf by O(h^{-1/2}).
 */
public final class TangentKernel {
    private TangentKernel() {
    }

    /** The empirical Gram matrix K_ik = K(x_i, x_k) of the rows of x (n x D) at the network's weights, n x n. */
    public static DMatrixRMaj gram(WideNetwork network, DMatrixRMaj x) {
        network.checkInputs("X", x);
        DMatrixRMaj s = derivatives(network, x);
        DMatrixRMaj k = new DMatrixRMaj(x.numRows, x.numRows);
        CommonOps_DDRM.multOuter(s, k);
        hadamardWithInner(k, x, x, 1.0 / network.width());
        return k;
    }

    /** The cross-kernel K(x1_i, x2_k) between the rows of x1 (N x D) and x2 (n x D), N x n. */
    public static DMatrixRMaj cross(WideNetwork network, DMatrixRMaj x1, DMatrixRMaj x2) {
        network.checkInputs("X", x1);
        network.checkInputs("X", x2);
        DMatrixRMaj s1 = derivatives(network, x1);
        DMatrixRMaj s2 = derivatives(network, x2);
        DMatrixRMaj k = new DMatrixRMaj(x1.numRows, x2.numRows);
        CommonOps_DDRM.multTransB(s1, s2, k);
        hadamardWithInner(k, x1, x2, 1.0 / network.width());
        return k;
    }

    /** S_ij = sigma'(w_j^T x_i), n x h. */
    static DMatrixRMaj derivatives(WideNetwork network, DMatrixRMaj x) {
        Checks.denseSize("width", x.numRows, network.width(), "use a smaller width or fewer samples.");
        DMatrixRMaj s = new DMatrixRMaj(x.numRows, network.width());
        CommonOps_DDRM.multTransB(x, network.weightsView(), s);
        Activation act = network.activation();
        double[] d = s.data;
        for (int i = 0; i < d.length; i++) {
            d[i] = act.derivative(d[i]);
        }
        return s;
    }

    /** k_ik &lt;- scale * k_ik * (x1_i^T x2_k). */
    private static void hadamardWithInner(DMatrixRMaj k, DMatrixRMaj x1, DMatrixRMaj x2, double scale) {
        int d = x1.numCols;
        for (int i = 0; i < x1.numRows; i++) {
            for (int c = 0; c < x2.numRows; c++) {
                double dot = 0;
                for (int l = 0; l < d; l++) {
                    dot += x1.data[i * d + l] * x2.data[c * d + l];
                }
                k.data[i * x2.numRows + c] *= scale * dot;
            }
        }
    }

    /** K_inf(x, x') = x^T x' (pi - theta) / (2 pi) for the ReLU network with w ~ N(0, I_D); 0 if either is 0. */
    public static double reluInfiniteWidth(double[] x, double[] xp) {
        if (x.length != xp.length) {
            throw new InvalidInputException("X", "Inputs of lengths " + x.length + " and " + xp.length + " cannot be compared.");
        }
        double nx = 0;
        double np = 0;
        double dot = 0;
        for (int l = 0; l < x.length; l++) {
            nx += x[l] * x[l];
            np += xp[l] * xp[l];
            dot += x[l] * xp[l];
        }
        if (nx == 0 || np == 0) {
            return 0;
        }
        nx = Math.sqrt(nx);
        np = Math.sqrt(np);
        // theta = 2 atan2(|u - v|, |u + v|) for unit u, v: accurate near 0 and pi, where acos(u^T v) loses half its digits
        double minus = 0;
        double plus = 0;
        for (int l = 0; l < x.length; l++) {
            double u = x[l] / nx;
            double v = xp[l] / np;
            minus += (u - v) * (u - v);
            plus += (u + v) * (u + v);
        }
        double theta = 2 * Math.atan2(Math.sqrt(minus), Math.sqrt(plus));
        return dot * (Math.PI - theta) / (2 * Math.PI);
    }

    /**
     * ||K - K_inf||_F / ||K_inf||_F, how far a finite network's tangent kernel is from the infinite-width one
     * (neither matrix is modified).
     */
    public static double relativeDistance(DMatrixRMaj k, DMatrixRMaj kInf) {
        DMatrixRMaj diff = k.copy();
        CommonOps_DDRM.subtractEquals(diff, kInf);
        return NormOps_DDRM.normF(diff) / NormOps_DDRM.normF(kInf);
    }

    /** K_inf between the rows of x1 (N x D) and x2 (n x D), N x n. */
    public static DMatrixRMaj reluInfiniteWidth(DMatrixRMaj x1, DMatrixRMaj x2) {
        Checks.finite("X", x1);
        Checks.finite("X", x2);
        if (x1.numCols != x2.numCols) {
            throw new InvalidInputException("X", "Inputs with " + x1.numCols + " and " + x2.numCols + " columns cannot be compared.");
        }
        DMatrixRMaj k = new DMatrixRMaj(x1.numRows, x2.numRows);
        double[] r1 = new double[x1.numCols];
        double[] r2 = new double[x2.numCols];
        for (int i = 0; i < x1.numRows; i++) {
            System.arraycopy(x1.data, i * x1.numCols, r1, 0, r1.length);
            for (int c = 0; c < x2.numRows; c++) {
                System.arraycopy(x2.data, c * x2.numCols, r2, 0, r2.length);
                k.data[i * x2.numRows + c] = reluInfiniteWidth(r1, r2);
            }
        }
        return k;
    }

    /**
     * Kernel regression with the infinite-width ReLU NTK: f_inf(x) = K_inf(x, X) K_inf(X, X)^{-1} y, the limit of the
     * trained network's predictions under the antisymmetric initialization (f(x; W(0)) = 0).
     *
     * @return f_inf at the rows of xNew
     */
    public static double[] reluInfiniteWidthRegression(DMatrixRMaj x, double[] y, DMatrixRMaj xNew) {
        Checks.nonEmpty("X", x);
        Checks.finite("X", x);
        WideNetwork.checkTargets(y, x.numRows);
        DMatrixRMaj k = reluInfiniteWidth(x, x);
        KernelSystem system = KernelSystem.factor(k, cond -> Diagnosis.singular(x, Activation.RELU, Long.MAX_VALUE,
            "infinite-width ReLU tangent kernel", cond));
        double[] alpha = system.solve(y);
        DMatrixRMaj kx = reluInfiniteWidth(xNew, x);
        double[] out = new double[xNew.numRows];
        CommonOps_DDRM.mult(kx, DMatrixRMaj.wrap(x.numRows, 1, alpha), DMatrixRMaj.wrap(xNew.numRows, 1, out));
        return out;
    }
}
