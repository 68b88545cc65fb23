package org.lnet.engine.analysis;

/**
 * Theorem 1's rate, Lemma 1's three inequalities and Theorem 2's bound for one initial network and data set.
 *
 * @param c Theorem 1's constant [lambda_r(Lambda)]_+ + [lambda_m(-Lambda)]_+
 * @param lambdaR lambda_r(Lambda(0))
 * @param lambdaM lambda_m(-Lambda(0))
 * @param sigmaMinSq lambda_r(Sigma_x) = s_r^2
 * @param theorem1Rate 2 lambda_r(Sigma_x) c: L(t) - L* &lt;= exp(-rate t)(L(0) - L*) for the sum loss (times 2/n for the mean loss)
 * @param eq17 lambda_r(Lambda(0)) + lambda_m(-Lambda(0)) &gt; h^{1 - 2 alpha}
 * @param eq18 ||[V U2^T; U1 U2^T]||_F &lt;= 2 sqrt(m + r)(sqrt(m + D) + log(2/delta)/2) / h^{2 alpha - 1/2}
 * @param eq19 ||U1 V^T||_F &lt;= 2 sqrt(m)(sqrt(m + D) + log(2/delta)/2) / h^{2 alpha - 1/2}
 * @param theorem2LogBound natural log of Theorem 2's bound on ||U(inf) V(inf)^T - Theta_hat||_2
 * @param theorem2Vacuous true when that bound is not below the initial distance ||U(0) V(0)^T - Theta_hat||_2
 * @param initialDistanceOp ||U(0) V(0)^T - Theta_hat||_2
 * @param logC log C = 1 + s_1 ||Y||_F / s_r^2
 */
public record BoundReport(double alpha, double delta, double c, double lambdaR, double lambdaM, double sigmaMinSq,
                          double theorem1Rate, Inequality eq17, Inequality eq18, Inequality eq19,
                          double theorem2LogBound, boolean theorem2Vacuous, double initialDistanceOp, double logC) {

    /** One inequality of Lemma 1: its two sides and whether it holds for this network. */
    public record Inequality(double lhs, double rhs, boolean holds) {
    }
}
