package org.lnet.engine.ntk;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.lnet.engine.Checks;

/**
 * The minimum-norm solution of the network linearized at its initialization W(0):
 * <pre>  f_lin(x; W) = f(x; W(0)) + &lt;grad_W f(x; W(0)), W - W(0)&gt;.</pre>
 * On the training data this is f(X; W(0)) + J vec(W - W(0)) with J the n x hD Jacobian at W(0). Among all changes
 * Delta with f_lin(X; W(0) + Delta) = y, the one of least Frobenius norm lies in the row space of J:
 * <pre>  Delta = J^T alpha,  K alpha = y - f(X; W(0)),  K = J J^T,  W_lin = W(0) + Delta,</pre>
 * and ||Delta||_F^2 = alpha^T K alpha. Row by row, Delta_j = h^{-1/2} a_j sum_i alpha_i sigma'(w_j(0)^T x_i) x_i, so J is
 * never formed: K comes from {@link TangentKernel#gram} and Delta costs O(n h D). Gradient descent on the linearized
 * model from W(0) converges to exactly W_lin (its updates stay in the row space of J); Satpathi and Srikant (2021)
 * show that gradient descent on the wide nonlinear network ends close to it.
 *
 * <p>Predictions of the linearized model at new points are kernel regression with the empirical NTK at W(0):
 * f_lin(x) = f(x; W(0)) + K(x, X) alpha.
 */
public final class LinearizedSolution {
    private final WideNetwork initial;
    private final DMatrixRMaj x;
    private final double[] y;
    private final double[] initialPredictions;
    private final DMatrixRMaj gram;
    private final KernelSystem system;
    private final double[] alpha;
    private final DMatrixRMaj change;
    private final DMatrixRMaj weights;

    private LinearizedSolution(WideNetwork initial, DMatrixRMaj x, double[] y, double[] initialPredictions, DMatrixRMaj gram,
                               KernelSystem system, double[] alpha, DMatrixRMaj change, DMatrixRMaj weights) {
        this.initial = initial;
        this.x = x;
        this.y = y;
        this.initialPredictions = initialPredictions;
        this.gram = gram;
        this.system = system;
        this.alpha = alpha;
        this.change = change;
        this.weights = weights;
    }

    /**
     * Solves for W_lin. Cost O(n h D + n^2 h + n^3).
     *
     * @param x training inputs, n x D (copied)
     * @param y targets, length n (copied)
     * @throws org.lnet.engine.InvalidInputException naming X or width when K is singular or ill-conditioned (duplicate
     *         or, for ReLU, parallel rows; a zero row; too small a width), or for malformed inputs
     */
    public static LinearizedSolution solve(WideNetwork initial, DMatrixRMaj x, double[] y) {
        WideNetwork.require("network", initial);
        initial.checkInputs("X", x);
        WideNetwork.checkTargets(y, x.numRows);
        DMatrixRMaj xc = x.copy();
        double[] f0 = initial.predict(xc);
        DMatrixRMaj k = TangentKernel.gram(initial, xc);
        KernelSystem system = KernelSystem.factor(k, cond -> Diagnosis.singular(xc, initial.activation(),
            initial.independentUnits(), "tangent kernel", cond));
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - f0[i];
        }
        double[] alpha = system.solve(r);
        DMatrixRMaj delta = jacobianTransposeTimes(initial, xc, alpha);
        DMatrixRMaj w = initial.weights();
        CommonOps_DDRM.addEquals(w, delta);
        return new LinearizedSolution(initial, xc, y.clone(), f0, k, system, alpha, delta, w);
    }

    /** J^T c as an h x D matrix: row j is h^{-1/2} a_j sum_i c_i sigma'(w_j^T x_i) x_i. */
    static DMatrixRMaj jacobianTransposeTimes(WideNetwork network, DMatrixRMaj x, double[] c) {
        Checks.denseSize("width", network.width(), network.inputDim(), "use a smaller width.");
        DMatrixRMaj m = TangentKernel.derivatives(network, x);
        int h = network.width();
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < h; j++) {
                m.data[i * h + j] *= c[i];
            }
        }
        DMatrixRMaj out = new DMatrixRMaj(h, network.inputDim());
        CommonOps_DDRM.multTransA(m, x, out);
        double[] a = network.signsView();
        double scale = 1 / Math.sqrt(h);
        int d = network.inputDim();
        for (int j = 0; j < h; j++) {
            for (int l = 0; l < d; l++) {
                out.data[j * d + l] *= scale * a[j];
            }
        }
        return out;
    }

    /** The network at initialization, W(0). */
    public WideNetwork initial() {
        return initial;
    }

    /** W_lin = W(0) + Delta, h x D (a copy). */
    public DMatrixRMaj weights() {
        return weights.copy();
    }

    /** The network with weights W_lin (not the linearized model: its nonlinear predictions differ from f_lin). */
    public WideNetwork network() {
        return initial.withWeights(weights, "min-norm solution of the linearization at " + initial.provenance());
    }

    /** Delta = W_lin - W(0) = J^T alpha, h x D (a copy). */
    public DMatrixRMaj change() {
        return change.copy();
    }

    /** ||W_lin - W(0)||_F, computed from Delta (equal to sqrt(alpha^T K alpha) up to rounding). */
    public double changeNorm() {
        return NormOps_DDRM.normF(change);
    }

    /** alpha = K^{-1} (y - f(X; W(0))), length n (a copy). */
    public double[] coefficients() {
        return alpha.clone();
    }

    /** The tangent-kernel Gram matrix at W(0), n x n (a copy). */
    public DMatrixRMaj gram() {
        return gram.copy();
    }

    /** f(X; W(0)) at the training inputs (a copy; zero for the antisymmetric initialization). */
    public double[] initialPredictions() {
        return initialPredictions.clone();
    }

    /** The training inputs X (a copy). */
    public DMatrixRMaj inputs() {
        return x.copy();
    }

    /** The targets y (a copy). */
    public double[] targets() {
        return y.clone();
    }

    DMatrixRMaj inputsView() {
        return x;
    }

    double[] targetsView() {
        return y;
    }

    DMatrixRMaj weightsView() {
        return weights;
    }

    public double smallestEigenvalue() {
        return system.smallestEigenvalue();
    }

    public double largestEigenvalue() {
        return system.largestEigenvalue();
    }

    /** lambda_max(K) / lambda_min(K); at most 1e10, or the solve is refused. */
    public double conditionNumber() {
        return system.largestEigenvalue() / system.smallestEigenvalue();
    }

    /** f_lin at the training inputs, f(X; W(0)) + K alpha: equal to y up to the solve's rounding. */
    public double[] fittedValues() {
        double[] out = initialPredictions.clone();
        int n = out.length;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                out[i] += gram.data[i * n + k] * alpha[k];
            }
        }
        return out;
    }

    /** f_lin(x) = f(x; W(0)) + K(x, X) alpha at the rows of xNew (N x D): kernel regression with the empirical NTK. */
    public double[] predict(DMatrixRMaj xNew) {
        double[] out = initial.predict(xNew);
        DMatrixRMaj kx = TangentKernel.cross(initial, xNew, x);
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < alpha.length; k++) {
                out[i] += kx.data[i * alpha.length + k] * alpha[k];
            }
        }
        return out;
    }
}
