package org.lnet.engine.network;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Sampling;
import org.lnet.engine.data.DataDecomposition;

/**
 * The paper's initializations, all seeded: Gaussian N(0, h^{-2 alpha}) (explicit or implicit width),
 * its invariant-set variant U2(0) = 0, and the balanced initialization of Section 4.
 */
public final class Initializers {
    private Initializers() {
    }

    /**
     * Explicit Gaussian initialization: [U]_ij ~ N(0, sigmaU^2 h^{-2 alpha}), [V]_ij ~ N(0, sigmaV^2 h^{-2 alpha}),
     * drawn from one stream in the order U row by row, then V row by row.
     */
    public static LinearNetwork gaussian(int d, int m, long width, double alpha, double sigmaU, double sigmaV, long seed) {
        checkShape(d, m, width, alpha, sigmaU, sigmaV);
        Checks.denseSize("width", d + (long) m, width,
            "use implicit width, which samples a network of this width exactly in law at a cost independent of h.");
        int h = (int) width;
        double scale = Math.pow(h, -alpha);
        UniformRandomProvider rng = Sampling.generator(seed);
        ContinuousSampler normal = Sampling.gaussian(rng);
        DMatrixRMaj u = new DMatrixRMaj(d, h);
        DMatrixRMaj v = new DMatrixRMaj(m, h);
        Sampling.fillGaussian(u.data, 0, d * h, normal, sigmaU * scale);
        Sampling.fillGaussian(v.data, 0, m * h, normal, sigmaV * scale);
        return LinearNetwork.adoptExplicit(u, v, new Provenance("random", alpha, seed, ""));
    }

    /**
     * Implicit-width Gaussian initialization, exact in law. [V; U] is an (m + D) x h Gaussian matrix Z; the QR
     * factorization Z^T = F R has F uniformly distributed and R with independent entries
     * R_ii = sqrt(chi^2_{h - i}) (i = 0, 1, ...) and R_ij ~ N(0, 1) above the diagonal (Bartlett), so
     * Z = R^T F^T is drawn by drawing R alone: k = min(h, m + D) frame columns, whatever h is.
     */
    public static LinearNetwork implicitGaussian(int d, int m, long width, double alpha, double sigmaU, double sigmaV,
                                                 long seed) {
        checkShape(d, m, width, alpha, sigmaU, sigmaV);
        int rows = m + d;
        int k = (int) Math.min(width, rows);
        Checks.denseSize("inputs", rows, k, "implicit width keeps an (m + D) x (m + D) factor; reduce the number of input columns.");
        UniformRandomProvider rng = Sampling.generator(seed);
        ContinuousSampler normal = Sampling.gaussian(rng);
        double scale = Math.pow(width, -alpha);
        DMatrixRMaj vc = new DMatrixRMaj(m, k);
        DMatrixRMaj uc = new DMatrixRMaj(d, k);
        for (int i = 0; i < k; i++) {
            // row i of R is column i of Z's coefficients R^T: entry (j, i) for j >= i
            setZ(vc, uc, m, i, i, Sampling.chi(rng, (double) (width - i)), sigmaV * scale, sigmaU * scale);
            for (int j = i + 1; j < rows; j++) {
                setZ(vc, uc, m, j, i, normal.sample(), sigmaV * scale, sigmaU * scale);
            }
        }
        return LinearNetwork.implicit(uc, vc, width, new Provenance("implicit-width random", alpha, seed, ""));
    }

    private static void setZ(DMatrixRMaj vc, DMatrixRMaj uc, int m, int row, int col, double value, double sv, double su) {
        if (row < m) {
            vc.unsafe_set(row, col, sv * value);
        } else {
            uc.unsafe_set(row - m, col, su * value);
        }
    }

    private static void checkShape(int d, int m, long width, double alpha, double sigmaU, double sigmaV) {
        Checks.Range.COUNT.check("inputs", (long) d);
        Checks.Range.COUNT.check("outputs", (long) m);
        Checks.Range.COUNT.check("width", (long) width);
        if (!Double.isFinite(alpha) || alpha <= 0) {
            throw new InvalidInputException("alpha", "Parameter 'alpha' must be a positive number (the paper uses 1/4 < alpha <= 1/2), not " + alpha + ".");
        }
        Checks.positive("sigmaU", sigmaU);
        Checks.positive("sigmaV", sigmaV);
    }

    /**
     * Invariant-set initialization (Proposition 1): U2(0) = 0 by projecting U onto the row space of X,
     * U := Phi1 Phi1^T U. Gradient flow then converges to the min-norm solution exactly.
     */
    public static LinearNetwork invariantSet(LinearNetwork network, DataDecomposition data) {
        requireInputs(network, data);
        DMatrixRMaj projected = new DMatrixRMaj(network.inputDim(), network.frameRank());
        CommonOps_DDRM.mult(data.phi1(), data.rowSpaceCoordinates(network.uCoefficients()), projected);
        Provenance p = network.provenance();
        return network.withCoefficients(projected, network.vCoefficients().copy(),
            p.initializedAs(p.initialization() + " (invariant set)"));
    }

    /**
     * Balanced initialization (Section 4): with M = Theta0^T Phi1 Phi1^T Theta0 (m x m, positive definite)
     * and Q (h x m) a random matrix with orthonormal columns, U = Theta0 M^{-1/4} Q^T and V = M^{1/4} Q^T,
     * so U V^T = Theta0 and the imbalance U1^T U1 - V^T V is 0. With implicit width Q stays unformed.
     *
     * @param theta0 D x m end-to-end map to start from
     */
    public static LinearNetwork balanced(DMatrixRMaj theta0, DataDecomposition data, long width, long seed,
                                         boolean implicitWidth) {
        Checks.nonEmpty("Theta0", theta0);
        Checks.finite("Theta0", theta0);
        Checks.shape("Theta0", theta0, data.inputDim(), data.outputDim(), "one row per input column of X, one column per target column of Y");
        int m = theta0.numCols;
        if (width < m) {
            throw new InvalidInputException("width", "Balanced initialization needs width h >= m = " + m + " (Q is h x m with orthonormal columns), not " + width + ".");
        }
        DMatrixRMaj projected = data.rowSpaceCoordinates(theta0);
        DMatrixRMaj mMat = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransA(projected, projected, mMat);
        DMatrixRMaj[] roots = symmetricQuarterRoots(mMat);
        DMatrixRMaj uc = new DMatrixRMaj(theta0.numRows, m);
        CommonOps_DDRM.mult(theta0, roots[1], uc);
        DMatrixRMaj vc = roots[0];
        Provenance p = new Provenance("balanced", Double.NaN, seed, "");
        if (implicitWidth) {
            return LinearNetwork.implicit(uc, vc, width, p.initializedAs("implicit-width balanced"));
        }
        Checks.denseSize("width", theta0.numRows + (long) m, width, "use implicit width for very wide balanced networks.");
        DMatrixRMaj q = randomOrthonormalColumns((int) width, m, seed);
        DMatrixRMaj u = new DMatrixRMaj(theta0.numRows, (int) width);
        DMatrixRMaj v = new DMatrixRMaj(m, (int) width);
        CommonOps_DDRM.multTransB(uc, q, u);
        CommonOps_DDRM.multTransB(vc, q, v);
        return LinearNetwork.adoptExplicit(u, v, p);
    }

    /** {M^{1/4}, M^{-1/4}} of a symmetric positive definite M, refusing a singular one with advice. */
    private static DMatrixRMaj[] symmetricQuarterRoots(DMatrixRMaj mMat) {
        int m = mMat.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(mMat.copy())) {
            throw new InvalidInputException("Theta0", "The eigen-decomposition of Theta0^T Phi1 Phi1^T Theta0 did not converge; check Theta0.");
        }
        double max = 0;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, eig.getEigenvalue(i).real);
        }
        DMatrixRMaj up = new DMatrixRMaj(m, m);
        DMatrixRMaj down = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            double mu = eig.getEigenvalue(i).real;
            if (!(mu > m * 1e3 * Math.ulp(1.0) * max)) {
                throw new InvalidInputException("Theta0", "Theta0^T Phi1 Phi1^T Theta0 is singular (eigenvalue " + mu
                    + "): the part of Theta0 in the row space of X has rank below m = " + m
                    + ". Balanced initialization needs it to have full column rank; start from e.g. the min-norm solution or a random Theta0.");
            }
            DMatrixRMaj e = eig.getEigenVector(i);
            CommonOps_DDRM.multAddTransB(Math.pow(mu, 0.25), e, e, up);
            CommonOps_DDRM.multAddTransB(Math.pow(mu, -0.25), e, e, down);
        }
        return new DMatrixRMaj[] {up, down};
    }

    /** An h x m matrix with orthonormal columns, uniformly distributed: the Q factor of a seeded Gaussian matrix. */
    static DMatrixRMaj randomOrthonormalColumns(int h, int m, long seed) {
        DMatrixRMaj g = new DMatrixRMaj(h, m);
        Sampling.fillGaussian(g.data, 0, h * m, Sampling.gaussian(Sampling.generator(seed)), 1.0);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(h, m);
        qr.decompose(g);
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj r = qr.getR(null, true);
        // sign fix: makes the distribution exactly uniform (Haar) rather than dependent on the QR's sign choice
        for (int j = 0; j < m; j++) {
            if (r.get(j, j) < 0) {
                for (int i = 0; i < h; i++) {
                    q.set(i, j, -q.get(i, j));
                }
            }
        }
        return q;
    }

    /** A user-supplied network U0 (D x h), V0 (m x h), checked. */
    public static LinearNetwork user(DMatrixRMaj u0, DMatrixRMaj v0) {
        return LinearNetwork.explicit(u0, v0, Provenance.user());
    }

    static void requireInputs(LinearNetwork network, DataDecomposition data) {
        if (network.inputDim() != data.inputDim()) {
            throw new InvalidInputException("inputs", "The network has D = " + network.inputDim() + " inputs but the data has "
                + data.inputDim() + " input columns: select the input columns the network was built for.");
        }
        if (network.outputDim() != data.outputDim()) {
            throw new InvalidInputException("targets", "The network has m = " + network.outputDim() + " outputs but the data has "
                + data.outputDim() + " target columns: select the target columns the network was built for.");
        }
    }
}
