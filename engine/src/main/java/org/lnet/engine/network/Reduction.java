package org.lnet.engine.network;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.data.DataDecomposition;

/**
 * The exact reduction that makes width free (MATH.md). Under gradient flow and gradient descent the rows of
 * V(t) and U1(t) = Phi1^T U(t) stay in the row space of Z = [V(0); U1(0)], and U2 = Phi2^T U is constant.
 * With Q (h x k) an orthonormal basis of that row space, V = A Q^T and U1 = B Q^T, and the state is the
 * (m + r) x k matrix [A; B], whose size does not depend on h or D. The part of U orthogonal to the row
 * space of X enters only through the constant P = (I - Phi1 Phi1^T) U(0) Q (D x k):
 * Theta(t) = Phi1 B A^T + P A^T.
 *
 * <p>The basis comes from a QR factorization of Z^T followed by an SVD of its small triangular factor, so
 * a rank-deficient Z (e.g. a balanced initialization, rank m) gets a basis of its true rank.
 */
public final class Reduction {

    private final DataDecomposition data;
    private final LinearNetwork network;
    private final DMatrixRMaj state0;
    /** Q (k0 x k), the basis in the network's frame coordinates, applied without being formed where possible. */
    private final Basis basis;

    /** The two products with Q that reconstruction and the complement need. */
    private interface Basis {
        /** x Q^T for x with k columns (rows of x by k0). */
        DMatrixRMaj timesTranspose(DMatrixRMaj x);

        /** y Q for y with k0 columns (rows of y x k). */
        DMatrixRMaj leftMultiply(DMatrixRMaj y);
    }
    private DMatrixRMaj complement;
    private DMatrixRMaj complementGram;

    private Reduction(LinearNetwork network, DataDecomposition data, DMatrixRMaj state0,
                      Basis basis) {
        this.network = network;
        this.data = data;
        this.state0 = state0;
        this.basis = basis;
    }

    /**
     * Reduces a network against the data; costs O(k0 (m + r)(r + m + D)) once for a frame of k0 columns, dominated by
     * Phi1^T U(0).
     */
    public static Reduction of(LinearNetwork network, DataDecomposition data) {
        Initializers.requireInputs(network, data);
        int m = data.outputDim();
        int r = data.rank();
        int k0 = network.frameRank();
        DMatrixRMaj z = new DMatrixRMaj(m + r, k0);
        CommonOps_DDRM.insert(network.vCoefficients(), z, 0, 0);
        // Phi1^T U(0): r D k0 multiply-adds, the one product of the reduction that grows with an explicit width
        CommonOps_DDRM.insert(RowProducts.transposeTimes(data.phi1(), network.uCoefficients()), z, m, 0);
        DMatrixRMaj gram = RowProducts.outer(z);
        requireRepresentable(z, gram, data);
        if (k0 <= m + r) {
            return new Reduction(network, data, z, new Basis() {
                @Override
                public DMatrixRMaj timesTranspose(DMatrixRMaj x) {
                    return x.copy();
                }

                @Override
                public DMatrixRMaj leftMultiply(DMatrixRMaj y) {
                    return y.copy();
                }
            });
        }
        Reduction viaGram = viaGram(network, data, z, gram);
        return viaGram != null ? viaGram : viaQr(network, data, z);
    }

    /**
     * Refuses a start whose training quantities leave double precision, rather than letting an eigen-decomposition
     * fail or a loss become infinite later (where the message would blame the step or the solver): the squares of
     * Z = [V(0); U1(0)] (they enter the imbalance B^T B - A^T A) and of the start's fit diag(s) U1(0) V(0)^T (it
     * enters the loss) must be finite. The fit U1(0) V(0)^T is a block of the Gram matrix Z Z^T.
     */
    private static void requireRepresentable(DMatrixRMaj z, DMatrixRMaj gram, DataDecomposition data) {
        int m = data.outputDim();
        int r = data.rank();
        double zz = 0;
        double zMax = 0;
        for (double v : z.data) {
            zz += v * v;
            zMax = Math.max(zMax, Math.abs(v));
        }
        double ff = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < m; j++) {
                double v = data.s(i) * gram.unsafe_get(m + i, j);
                ff += v * v;
            }
        }
        if (!(zz < Double.POSITIVE_INFINITY) || !(ff < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException("U0", String.format(java.util.Locale.ROOT, "The network's weights are too "
                + "large for this data in double precision (entries of [V; Φ1^T U] up to %.3g): the imbalance or the "
                + "loss L(0) overflows. Scale the initial weights down (σ_U and σ_V, or U0 and V0).", zMax));
        }
    }

    /**
     * Well-conditioned Z (every wide random network): from the Cholesky factor of the (m + r) x (m + r) Gram matrix
     * Z Z^T = L L^T, C = L and Q = Z^T L^{-T}, which is never formed (Q^T Q = L^{-1} Z Z^T L^{-T} = I, C Q^T = Z). This
     * costs a quarter of a QR of Z^T, but squares the condition number, so it is used only when cond(Z)^2 &lt; 1e4
     * (the Gram's eigenvalues, without eigenvectors, decide), where Q is orthonormal to about 1e-12. Returns null
     * otherwise.
     */
    private static Reduction viaGram(LinearNetwork network, DataDecomposition data, DMatrixRMaj z, DMatrixRMaj gram) {
        int rows = z.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(rows, false, true);
        if (!eig.decompose(gram.copy())) {
            return null;
        }
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            double mu = eig.getEigenvalue(i).real;
            max = Math.max(max, mu);
            min = Math.min(min, mu);
        }
        if (!(min > 1e-4 * max)) {
            return null;
        }
        CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(rows, true);
        if (!cholesky.decompose(gram.copy())) {
            return null;
        }
        DMatrixRMaj c = cholesky.getT(null);
        DMatrixRMaj lowerInverse = c.copy();
        if (!CommonOps_DDRM.invert(lowerInverse)) {
            return null;
        }
        // Q = Z^T inverseRoot with inverseRoot = L^{-T}
        DMatrixRMaj inverseRoot = CommonOps_DDRM.transpose(lowerInverse, null);
        return new Reduction(network, data, c, new Basis() {
            @Override
            public DMatrixRMaj timesTranspose(DMatrixRMaj x) {
                // x Q^T = (L^{-T} x^T)^T Z, as sums of rows of Z
                DMatrixRMaj coefficients = new DMatrixRMaj(rows, x.numRows);
                CommonOps_DDRM.multTransB(inverseRoot, x, coefficients);
                return RowProducts.transposeTimes(coefficients, z);
            }

            @Override
            public DMatrixRMaj leftMultiply(DMatrixRMaj y) {
                DMatrixRMaj yz = new DMatrixRMaj(y.numRows, rows);
                CommonOps_DDRM.multTransB(y, z, yz);
                return mult(yz, inverseRoot);
            }
        });
    }

    /**
     * Any Z, also rank-deficient (a balanced network has rank m): Z^T = Q_qr R, then R = Ur Sigma Vr^T gives the
     * rank k and Z = C Q_k^T with C = Vr_k Sigma_k and Q_k = Q_qr Ur_k.
     */
    private static Reduction viaQr(LinearNetwork network, DataDecomposition data, DMatrixRMaj z) {
        int rows = z.numRows;
        int k0 = z.numCols;
        DMatrixRMaj zt = CommonOps_DDRM.transpose(z, null);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(k0, rows);
        qr.decompose(zt);
        DMatrixRMaj triangle = qr.getR(null, true);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, rows, true, true, false);
        svd.decompose(triangle.copy());
        DMatrixRMaj ur = svd.getU(null, false);
        DMatrixRMaj sigma = svd.getW(null);
        DMatrixRMaj vr = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(ur, false, sigma, vr, false);
        double cut = Math.max(k0, rows) * Math.ulp(1.0) * sigma.get(0, 0);
        int k = 0;
        while (k < rows && sigma.get(k, k) > cut) {
            k++;
        }
        k = Math.max(k, 1);
        DMatrixRMaj c = CommonOps_DDRM.extract(vr, 0, rows, 0, k);
        for (int j = 0; j < k; j++) {
            double sj = sigma.get(j, j);
            for (int i = 0; i < rows; i++) {
                c.unsafe_set(i, j, c.unsafe_get(i, j) * sj);
            }
        }
        DMatrixRMaj qk = new DMatrixRMaj(k0, k);
        CommonOps_DDRM.mult(qr.getQ(null, true), CommonOps_DDRM.extract(ur, 0, rows, 0, k), qk);
        return new Reduction(network, data, c, new Basis() {
            @Override
            public DMatrixRMaj timesTranspose(DMatrixRMaj x) {
                DMatrixRMaj out = new DMatrixRMaj(x.numRows, k0);
                CommonOps_DDRM.multTransB(x, qk, out);
                return out;
            }

            @Override
            public DMatrixRMaj leftMultiply(DMatrixRMaj y) {
                return mult(y, qk);
            }
        });
    }

    public DataDecomposition data() {
        return data;
    }

    public LinearNetwork network() {
        return network;
    }

    /** m. */
    public int outputs() {
        return data.outputDim();
    }

    /** r. */
    public int rank() {
        return data.rank();
    }

    /** k, the dimension of the row space the dynamics live in (at most m + r). */
    public int k() {
        return state0.numCols;
    }

    /** [A(0); B(0)] row by row, the initial state of the reduced dynamics (a copy). */
    public double[] initialState() {
        return state0.data.clone();
    }

    /** A (m x k) of a state (new matrix). */
    public DMatrixRMaj a(double[] state) {
        int m = outputs();
        int k = k();
        DMatrixRMaj a = new DMatrixRMaj(m, k);
        System.arraycopy(state, 0, a.data, 0, m * k);
        return a;
    }

    /** B (r x k) of a state (new matrix). */
    public DMatrixRMaj b(double[] state) {
        int m = outputs();
        int k = k();
        DMatrixRMaj b = new DMatrixRMaj(rank(), k);
        System.arraycopy(state, m * k, b.data, 0, rank() * k);
        return b;
    }

    /** P = (I - Phi1 Phi1^T) U(0) Q, D x k, computed once on first use (shared; do not modify). */
    public DMatrixRMaj complement() {
        if (complement == null) {
            complement = data.complementPart(basis.leftMultiply(network.uCoefficients()));
        }
        return complement;
    }

    /** P^T P, k x k, which is all the Frobenius and operator norms of U2 V^T need (shared; do not modify). */
    public DMatrixRMaj complementGram() {
        if (complementGram == null) {
            complementGram = new DMatrixRMaj(k(), k());
            CommonOps_DDRM.multTransA(complement(), complement(), complementGram);
        }
        return complementGram;
    }

    /**
     * (I - Phi1 Phi1^T) U V^T = P A^T (D x m) for a state's A, without forming P when it was not needed yet:
     * U(0) (Q A^T) costs O(k0 m (k + D)) against O(k0 k D) for P.
     */
    public DMatrixRMaj complementTimes(DMatrixRMaj a) {
        if (complement != null) {
            DMatrixRMaj out = new DMatrixRMaj(network.inputDim(), a.numRows);
            CommonOps_DDRM.multTransB(complement, a, out);
            return out;
        }
        // U(0) (Q A^T) as rows of U(0) against rows of A Q^T: contiguous dot products over the k0 frame columns
        DMatrixRMaj v = frameTimesTranspose(a);
        return data.complementPart(RowProducts.timesTranspose(network.uCoefficients(), v));
    }

    /** X Q^T in frame coordinates (rows of X by k0): the frame coefficients of the rows of X Q^T. */
    private DMatrixRMaj frameTimesTranspose(DMatrixRMaj x) {
        return basis.timesTranspose(x);
    }

    /**
     * The network at a state: V = A Q^T, U = U(0) + Phi1 (B - B(0)) Q^T, in the original network's frame.
     */
    public LinearNetwork networkAt(double[] state, String training) {
        DMatrixRMaj a = a(state);
        DMatrixRMaj deltaB = b(state);
        CommonOps_DDRM.subtractEquals(deltaB, b(state0.data));
        DMatrixRMaj vc = frameTimesTranspose(a);
        DMatrixRMaj deltaU1 = frameTimesTranspose(deltaB);
        DMatrixRMaj uc = network.uCoefficients().copy();
        CommonOps_DDRM.multAdd(data.phi1(), deltaU1, uc);
        return network.withCoefficients(uc, vc, network.provenance().trained(training));
    }

    private static DMatrixRMaj mult(DMatrixRMaj x, DMatrixRMaj y) {
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, y.numCols);
        CommonOps_DDRM.mult(x, y, out);
        return out;
    }
}
