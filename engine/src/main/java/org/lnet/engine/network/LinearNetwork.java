package org.lnet.engine.network;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;

/**
 * A single-hidden-layer linear network x -&gt; Theta^T x with Theta = U V^T, U: D x h, V: m x h.
 *
 * <p>Stored in a frame: U = Uc F^T, V = Vc F^T with F an h x k matrix of orthonormal columns. In an
 * <em>explicit</em> network F = I_h, so Uc = U and Vc = V. In an <em>implicit-width</em> network F is a
 * uniformly random frame that is never formed: everything the theory asks of a network (Theta, the
 * imbalance spectrum, training) depends on U and V only through Uc and Vc, so h = 10^9 costs what
 * h = k costs. Immutable; matrices handed out are copies unless said otherwise.
 */
public final class LinearNetwork {

    /** Whether the frame F is the identity (explicit) or an unformed random frame (implicit width). */
    public enum Frame { EXPLICIT, IMPLICIT }

    private final DMatrixRMaj uc;
    private final DMatrixRMaj vc;
    private final long width;
    private final Frame frame;
    private final Provenance provenance;

    private LinearNetwork(DMatrixRMaj uc, DMatrixRMaj vc, long width, Frame frame, Provenance provenance) {
        this.uc = uc;
        this.vc = vc;
        this.width = width;
        this.frame = frame;
        this.provenance = provenance;
        requireFiniteMap();
    }

    /**
     * Refuses a network whose map Θ = U V^T overflows double precision (finite layers can still have an infinite
     * product, e.g. σ_U = σ_V = 1e160), which would otherwise turn every prediction and Θ table into NaN. Cheap: each
     * entry of Θ is at most ||U||_F ||V||_F in size (the frame is orthonormal), so Θ is formed and checked only when
     * that bound is huge.
     */
    private void requireFiniteMap() {
        if (plainNorm(uc) * plainNorm(vc) < 1e300) {
            return;
        }
        double nu = NormOps_DDRM.normF(uc);
        double nv = NormOps_DDRM.normF(vc);
        if (nu * nv < 1e300) {
            return;
        }
        for (double t : theta().data) {
            if (!Double.isFinite(t)) {
                throw new InvalidInputException("U0", String.format(java.util.Locale.ROOT, "The network's map "
                    + "Θ = U V^T overflows double precision (||U||_F = %.3g, ||V||_F = %.3g): scale the weights down "
                    + "(σ_U and σ_V, or U0 and V0).", nu, nv));
            }
        }
    }

    /**
     * ||x||_F from the plain sum of squares, one pass with four running sums (EJML's normF scales every entry to guard
     * against overflow, three times the cost on a wide U); infinite when that sum overflows or is NaN, so the caller
     * falls back to the scaled norm.
     */
    private static double plainNorm(DMatrixRMaj x) {
        double[] d = x.data;
        int n = x.getNumElements();
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += d[i] * d[i];
            s1 += d[i + 1] * d[i + 1];
            s2 += d[i + 2] * d[i + 2];
            s3 += d[i + 3] * d[i + 3];
        }
        for (; i < n; i++) {
            s0 += d[i] * d[i];
        }
        double sum = (s0 + s1) + (s2 + s3);
        return sum < Double.POSITIVE_INFINITY ? Math.sqrt(sum) : Double.POSITIVE_INFINITY;
    }

    /**
     * An explicit network from its layers (copied).
     *
     * @param u first layer, D x h
     * @param v second layer, m x h
     */
    public static LinearNetwork explicit(DMatrixRMaj u, DMatrixRMaj v, Provenance provenance) {
        Checks.nonEmpty("U", u);
        Checks.nonEmpty("V", v);
        if (u.numCols != v.numCols) {
            throw new InvalidInputException("V", "U has " + u.numCols + " columns (hidden units) but V has " + v.numCols
                + ": both layers need one column per hidden unit (U is D x h, V is m x h).");
        }
        Checks.finite("U", u);
        Checks.finite("V", v);
        return new LinearNetwork(u.copy(), v.copy(), u.numCols, Frame.EXPLICIT, provenance);
    }

    /**
     * An implicit-width network U = uc F^T, V = vc F^T with F an unformed h x k random orthonormal frame.
     *
     * @param uc D x k coefficients (not copied: the caller hands them over)
     * @param vc m x k coefficients (not copied)
     */
    public static LinearNetwork implicit(DMatrixRMaj uc, DMatrixRMaj vc, long width, Provenance provenance) {
        if (uc.numCols != vc.numCols || uc.numCols > width) {
            throw new IllegalArgumentException("frame rank " + uc.numCols + "/" + vc.numCols + " vs width " + width);
        }
        return new LinearNetwork(uc, vc, width, Frame.IMPLICIT, provenance);
    }

    /** An explicit network from freshly computed layers, taken over without copying or re-checking. */
    static LinearNetwork adoptExplicit(DMatrixRMaj u, DMatrixRMaj v, Provenance provenance) {
        return new LinearNetwork(u, v, u.numCols, Frame.EXPLICIT, provenance);
    }

    /** The same frame with new coefficients (taken over, not copied): how training returns its result. */
    LinearNetwork withCoefficients(DMatrixRMaj newUc, DMatrixRMaj newVc, Provenance newProvenance) {
        return new LinearNetwork(newUc, newVc, width, frame, newProvenance);
    }

    /** D. */
    public int inputDim() {
        return uc.numRows;
    }

    /** m. */
    public int outputDim() {
        return vc.numRows;
    }

    /** h, the number of hidden units. */
    public long width() {
        return width;
    }

    /** k, the number of frame columns (h for an explicit network). */
    public int frameRank() {
        return uc.numCols;
    }

    public Frame frame() {
        return frame;
    }

    public boolean isExplicit() {
        return frame == Frame.EXPLICIT;
    }

    public Provenance provenance() {
        return provenance;
    }

    public LinearNetwork withProvenance(Provenance p) {
        return new LinearNetwork(uc, vc, width, frame, p);
    }

    /** Uc, D x k (shared; do not modify). */
    public DMatrixRMaj uCoefficients() {
        return uc;
    }

    /** Vc, m x k (shared; do not modify). */
    public DMatrixRMaj vCoefficients() {
        return vc;
    }

    /** U, D x h (a copy); only explicit networks have one. */
    public DMatrixRMaj u() {
        requireExplicit("U");
        return uc.copy();
    }

    /** V, m x h (a copy); only explicit networks have one. */
    public DMatrixRMaj v() {
        requireExplicit("V");
        return vc.copy();
    }

    private void requireExplicit(String what) {
        if (!isExplicit()) {
            throw new InvalidInputException("width", "This network has implicit width h = " + width + ": it is sampled in a "
                + frameRank() + "-dimensional random frame and has no explicit " + what
                + " matrix. Use Theta = U V^T, or initialize with explicit width to export the layers.");
        }
    }

    /** Theta = U V^T = Uc Vc^T, D x m (new matrix). */
    public DMatrixRMaj theta() {
        DMatrixRMaj t = new DMatrixRMaj(inputDim(), outputDim());
        CommonOps_DDRM.multTransB(uc, vc, t);
        return t;
    }

    /** Predictions X Theta, n x m, for inputs X (n x D). */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        Checks.finite("X", x);
        if (x.numCols != inputDim()) {
            throw new InvalidInputException("X", "The network takes " + inputDim() + " inputs but the data has " + x.numCols
                + " input columns: select the same input columns the network was trained on.");
        }
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, outputDim());
        CommonOps_DDRM.mult(x, theta(), out);
        return out;
    }

    /**
     * U(0) = sigmaU U, V(0) = sigmaV V: with sigmaU sigmaV = 1, Theta is unchanged while the imbalance
     * changes (the paper's Figure 2).
     */
    public LinearNetwork scaled(double sigmaU, double sigmaV) {
        Checks.positive("sigmaU", sigmaU);
        Checks.positive("sigmaV", sigmaV);
        DMatrixRMaj u2 = uc.copy();
        DMatrixRMaj v2 = vc.copy();
        CommonOps_DDRM.scale(sigmaU, u2);
        CommonOps_DDRM.scale(sigmaV, v2);
        return new LinearNetwork(u2, v2, width, frame, provenance);
    }
}
