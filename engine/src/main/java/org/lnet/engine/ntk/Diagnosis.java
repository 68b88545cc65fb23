package org.lnet.engine.ntk;

import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;

/** Says why a tangent-kernel Gram matrix cannot be solved, naming the rows of X or the width at fault. */
final class Diagnosis {

    /** Rows closer than this (relative to their norms), or at a smaller angle for ReLU, are called duplicates. */
    static final double NEAR = 1e-4;

    private Diagnosis() {
    }

    /**
     * @param independentUnits number of distinct hidden units (h, h/2 for mirrored pairs, or Long.MAX_VALUE for the
     *                         infinite-width kernel): the Jacobian has rank at most independentUnits * D
     */
    static InvalidInputException singular(DMatrixRMaj x, Activation activation, long independentUnits, String what, double cond) {
        int n = x.numRows;
        int d = x.numCols;
        String head = String.format(Locale.ROOT, "The %s Gram matrix K of the training inputs X is %s", what,
            Double.isInfinite(cond) ? "singular" : String.format(Locale.ROOT,
                "too ill-conditioned to solve (condition number %.2g, limit %.0e)", cond, KernelSystem.MAX_CONDITION));
        head += ", so the linearized model has no stable min-norm interpolating solution: ";
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int l = 0; l < d; l++) {
                s += x.data[i * d + l] * x.data[i * d + l];
            }
            norms[i] = Math.sqrt(s);
            if (norms[i] == 0) {
                return InvalidInputException.rows("X", new long[] {i}, head, "is zero, where every network without "
                    + "bias has the same output and zero gradient", "remove that row");
            }
        }
        int bi = -1;
        int bk = -1;
        double closest = Double.POSITIVE_INFINITY;
        int ai = -1;
        int ak = -1;
        double smallestAngle = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                double dist = 0;
                double dot = 0;
                for (int l = 0; l < d; l++) {
                    double u = x.data[i * d + l];
                    double v = x.data[k * d + l];
                    dist += (u - v) * (u - v);
                    dot += u * v;
                }
                double rel = Math.sqrt(dist) / Math.max(norms[i], norms[k]);
                if (rel < closest) {
                    closest = rel;
                    bi = i;
                    bk = k;
                }
                double angle = Math.acos(Math.max(-1, Math.min(1, dot / (norms[i] * norms[k]))));
                if (angle < smallestAngle) {
                    smallestAngle = angle;
                    ai = i;
                    ak = k;
                }
            }
        }
        if (closest <= NEAR) {
            return InvalidInputException.rows("X", new long[] {bi, bk}, head, "are " + (closest == 0 ? "the same point"
                : String.format(Locale.ROOT, "nearly the same point (relative distance %.1e)", closest)),
                "remove or merge duplicate rows (e.g. average their targets)");
        }
        if (activation == Activation.RELU && smallestAngle <= NEAR) {
            return InvalidInputException.rows("X", new long[] {ai, ak}, head, "point in the same direction (one is a "
                + "positive multiple c of the other), and a ReLU network without bias has f(c x) = c f(x) for every W",
                "remove one of them, or normalize the rows and merge them");
        }
        if (independentUnits < Long.MAX_VALUE && independentUnits * d < n) {
            return new InvalidInputException("width", head + "the Jacobian has rank at most " + independentUnits + " distinct units x D = "
                + independentUnits * d + " < n = " + n + " samples. Increase the width.");
        }
        return new InvalidInputException("X", head + "the training inputs are nearly dependent in the kernel's feature space."
            + " Remove near-duplicate rows, rescale the inputs, or increase the width.");
    }
}
