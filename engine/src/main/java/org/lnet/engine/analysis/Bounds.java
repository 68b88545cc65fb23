package org.lnet.engine.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.lnet.engine.Checks;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Reduction;

/**
 * Evaluates Theorem 1, Lemma 1 (17)-(19) and Theorem 2 (20) for an initial network. Theorem 2's constant
 * C = exp(1 + s_1 ||Y||_F / s_r^2) overflows doubles for ordinary data, so the bound is computed as a log:
 * log 2 + log C / h^{1 - 2 alpha} + log sqrt(m + r) + log(sqrt(m + D) + log(2/delta)/2) - (2 alpha - 1/2) log h.
 */
public final class Bounds {
    private Bounds() {
    }

    /**
     * Theorem 1's rate 2 lambda_r(Sigma_x) c g = 2 s_r^2 c g: L(t) - L* &lt;= exp(-rate t) (L(0) - L*) for the
     * gradient flow, in the time of a loss convention whose loss is g times the sum loss (g = 1 for the sum,
     * 2/n for the mean).
     *
     * @param c the imbalance constant [lambda_r(Lambda)]_+ + [lambda_m(-Lambda)]_+
     * @param lossScale g
     */
    public static double theorem1Rate(DataDecomposition data, double c, double lossScale) {
        return 2 * data.sigmaMinSq() * c * lossScale;
    }

    /** log C = 1 + s_1 ||Y||_F / s_r^2, the log of Theorem 2's constant. */
    public static double logC(DataDecomposition data) {
        return 1 + Math.sqrt(data.sigmaMaxSq()) * data.targetNorm() / data.sigmaMinSq();
    }

    /**
     * The log of Theorem 2's bound (20) on ||U(inf) V(inf)^T - Theta_hat||_2, which depends on the data and the
     * width only, not on the particular network.
     */
    public static double theorem2LogBound(DataDecomposition data, double width, double alpha, double delta) {
        Checks.boundAlpha("alpha", alpha);
        Checks.open("delta", delta, 0, 1);
        int m = data.outputDim();
        double logTerm = Math.sqrt(m + data.inputDim()) + 0.5 * Math.log(2 / delta);
        return Math.log(2) + logC(data) / Math.pow(width, 1 - 2 * alpha) + 0.5 * Math.log(m + data.rank())
            + Math.log(logTerm) - (2 * alpha - 0.5) * Math.log(width);
    }

    /**
     * Whether Theorem 2's bound says nothing: it is not below the initial distance ||U(0) V(0)^T - Theta_hat||_2
     * (a bound that large holds for any network that does not move away from Theta_hat).
     */
    public static boolean vacuous(double logBound, double initialDistanceOp) {
        return !(logBound < Math.log(initialDistanceOp));
    }

    /**
     * @param alpha width exponent of the N(0, h^{-2 alpha}) initialization, in (1/4, 1/2]
     * @param delta failure probability of Lemma 1, in (0, 1)
     */
    public static BoundReport evaluate(Reduction reduction, double alpha, double delta) {
        Checks.boundAlpha("alpha", alpha);
        Checks.open("delta", delta, 0, 1);
        DataDecomposition data = reduction.data();
        int m = data.outputDim();
        int r = data.rank();
        int d = data.inputDim();
        double h = reduction.network().width();
        Imbalance imbalance = Imbalance.of(reduction);
        double c = imbalance.c();
        double rate = theorem1Rate(data, c, 1);

        double[] z0 = reduction.initialState();
        DMatrixRMaj a = reduction.a(z0);
        DMatrixRMaj b = reduction.b(z0);
        DMatrixRMaj ab = new DMatrixRMaj(m + r, a.numCols);
        CommonOps_DDRM.insert(a, ab, 0, 0);
        CommonOps_DDRM.insert(b, ab, m, 0);
        double lhs18 = NormOps_DDRM.normF(reduction.complementTimes(ab));
        DMatrixRMaj ba = new DMatrixRMaj(r, m);
        CommonOps_DDRM.multTransB(b, a, ba);
        double lhs19 = NormOps_DDRM.normF(ba);

        double logTerm = Math.sqrt(m + d) + 0.5 * Math.log(2 / delta);
        double decay = Math.pow(h, 2 * alpha - 0.5);
        double lhs17 = imbalance.lambdaR() + imbalance.lambdaM();
        double rhs17 = Math.pow(h, 1 - 2 * alpha);
        double rhs18 = 2 * Math.sqrt(m + r) * logTerm / decay;
        double rhs19 = 2 * Math.sqrt(m) * logTerm / decay;

        double logC = logC(data);
        double logBound = theorem2LogBound(data, h, alpha, delta);
        double initialOp = MinNormDistance.at(reduction, z0, false).operator();
        boolean vacuous = vacuous(logBound, initialOp);

        return new BoundReport(alpha, delta, c, imbalance.lambdaR(), imbalance.lambdaM(), data.sigmaMinSq(), rate,
            new BoundReport.Inequality(lhs17, rhs17, lhs17 > rhs17),
            new BoundReport.Inequality(lhs18, rhs18, lhs18 <= rhs18),
            new BoundReport.Inequality(lhs19, rhs19, lhs19 <= rhs19),
            logBound, vacuous, initialOp, logC);
    }
}
