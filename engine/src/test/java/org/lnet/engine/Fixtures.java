package org.lnet.engine;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;

/** Small seeded test data. java.util.Random on purpose: independent of the engine's own sampler. */
public final class Fixtures {
    private Fixtures() {
    }

    public static DMatrixRMaj gaussian(int rows, int cols, double scale, long seed) {
        Random random = new Random(seed);
        DMatrixRMaj a = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = scale * random.nextGaussian();
        }
        return a;
    }

    /** An n x D matrix of rank exactly `rank`: a product of Gaussian n x rank and rank x D factors. */
    public static DMatrixRMaj lowRank(int n, int d, int rank, long seed) {
        SimpleMatrix left = SimpleMatrix.wrap(gaussian(n, rank, 1, seed));
        SimpleMatrix right = SimpleMatrix.wrap(gaussian(rank, d, 1, seed + 1));
        return left.mult(right).getDDRM();
    }

    public static double maxAbsDiff(DMatrixRMaj a, DMatrixRMaj b) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            throw new AssertionError("shape " + a.numRows + "x" + a.numCols + " vs " + b.numRows + "x" + b.numCols);
        }
        double max = 0;
        for (int i = 0; i < a.data.length; i++) {
            max = Math.max(max, Math.abs(a.data[i] - b.data[i]));
        }
        return max;
    }

    public static double maxAbs(DMatrixRMaj a) {
        double max = 0;
        for (double v : a.data) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
