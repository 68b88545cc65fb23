package org.lnet.engine.data;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.lnet.engine.Checks;
import org.lnet.engine.Sampling;

/** The seeded synthetic data sets of the paper's two experiments. */
public final class SyntheticData {
    private SyntheticData() {
    }

    /** A pair X (n x D), Y (n x m). */
    public record Pair(DMatrixRMaj x, DMatrixRMaj y) {
    }

    /** Figure 1: X entries N(0, 1)/sqrt(D), Y entries N(0, 1). */
    public static Pair figure1(int n, int d, int m, long seed) {
        checkSizes(n, d, m);
        UniformRandomProvider rng = Sampling.generator(seed);
        ContinuousSampler normal = Sampling.gaussian(rng);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        DMatrixRMaj y = new DMatrixRMaj(n, m);
        Sampling.fillGaussian(x.data, 0, n * d, normal, 1 / Math.sqrt(d));
        Sampling.fillGaussian(y.data, 0, n * m, normal, 1);
        return new Pair(x, y);
    }

    /**
     * Figure 2: Sigma_x = I on the row space, i.e. X with orthonormal rows (n &lt;= D), all nonzero singular
     * values 1; Y entries N(0, 1).
     */
    public static Pair figure2(int n, int d, int m, long seed) {
        checkSizes(n, d, m);
        if (n > d) {
            throw new org.lnet.engine.InvalidInputException("n", "Figure 2 data has orthonormal rows, so it needs n <= D; got n = " + n + ", D = " + d + ".");
        }
        UniformRandomProvider rng = Sampling.generator(seed);
        ContinuousSampler normal = Sampling.gaussian(rng);
        DMatrixRMaj g = new DMatrixRMaj(d, n);
        Sampling.fillGaussian(g.data, 0, d * n, normal, 1);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(d, n);
        qr.decompose(g);
        DMatrixRMaj x = CommonOps_DDRM.transpose(qr.getQ(null, true), null);
        DMatrixRMaj y = new DMatrixRMaj(n, m);
        Sampling.fillGaussian(y.data, 0, n * m, normal, 1);
        return new Pair(x, y);
    }

    private static void checkSizes(int n, int d, int m) {
        Checks.Range.COUNT.check("n", (long) n);
        Checks.Range.COUNT.check("d", (long) d);
        Checks.Range.COUNT.check("m", (long) m);
    }
}
