package org.lnet.engine.ntk;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Sampling;

/**
 * Training inputs X (n x D), targets y (length n) and optional test inputs (N x D) for the wide-network experiment.
 *
 * @param xTest test inputs, or null for none
 * @param description one line for plots and reports
 */
public record NtkData(DMatrixRMaj x, double[] y, DMatrixRMaj xTest, String description)
    implements java.io.Serializable {

    /** Checks shapes and values, naming X, y or X test; returns this. */
    public NtkData validate() {
        if (x == null) {
            throw new InvalidInputException("X", "The training inputs X are missing.");
        }
        Checks.nonEmpty("X", x);
        Checks.finite("X", x);
        WideNetwork.checkTargets(y, x.numRows);
        if (xTest != null) {
            Checks.nonEmpty("X test", xTest);
            if (xTest.numCols != x.numCols) {
                throw new InvalidInputException("X test", "X test has " + xTest.numCols + " columns but X has " + x.numCols
                    + ": test inputs need the same features as the training inputs.");
            }
            Checks.finite("X test", xTest);
        }
        return this;
    }

    public int samples() {
        return x.numRows;
    }

    public int inputDim() {
        return x.numCols;
    }

    /**
     * Seeded synthetic data: n training and N test points uniform on the unit sphere of R^D (normalized Gaussian
     * vectors) and the smooth target y(x) = sin(3 u^T x), u a uniform random unit vector. One xoroshiro128++ stream
     * draws u, then X, then the test points, so a different N leaves u and X unchanged.
     */
    public static NtkData sphere(int n, int d, int testPoints, long seed) {
        Checks.Range.COUNT.check("n", (long) n);
        Checks.Range.COUNT.check("d", (long) d);
        Checks.atLeast("test-points", testPoints, 0);
        UniformRandomProvider rng = Sampling.generator(seed);
        ContinuousSampler normal = Sampling.gaussian(rng);
        double[] u = new double[d];
        unitVector(u, 0, d, normal);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            unitVector(x.data, i * d, d, normal);
        }
        DMatrixRMaj test = null;
        if (testPoints > 0) {
            test = new DMatrixRMaj(testPoints, d);
            for (int i = 0; i < testPoints; i++) {
                unitVector(test.data, i * d, d, normal);
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double dot = 0;
            for (int l = 0; l < d; l++) {
                dot += u[l] * x.data[i * d + l];
            }
            y[i] = Math.sin(3 * dot);
        }
        return new NtkData(x, y, test, "n = " + n + " points on the unit sphere in R^" + d + ", y = sin(3 u\u1d40x), seed " + seed);
    }

    /** a[from..from+d) = g / ||g|| for a standard Gaussian g (uniform on the sphere); redrawn in the null event g = 0. */
    private static void unitVector(double[] a, int from, int d, ContinuousSampler normal) {
        double norm;
        do {
            Sampling.fillGaussian(a, from, from + d, normal, 1);
            norm = 0;
            for (int l = from; l < from + d; l++) {
                norm += a[l] * a[l];
            }
        } while (norm == 0);
        norm = Math.sqrt(norm);
        for (int l = from; l < from + d; l++) {
            a[l] /= norm;
        }
    }
}
