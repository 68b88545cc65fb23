package org.lnet.engine.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The analytic infinite-width ReLU NTK and how the empirical Gram matrix approaches it. */
class InfiniteWidthKernelTest {

    /** Arc-cosine kernel of degree 1 for unit-variance (u, v) with correlation rho: E[relu(u) relu(v)]. */
    private static double arcCosine1(double rho) {
        return (Math.sqrt(1 - rho * rho) + (Math.PI - Math.acos(rho)) * rho) / (2 * Math.PI);
    }

    private static double[] atAngle(double theta, double norm) {
        return new double[] {norm * Math.cos(theta), norm * Math.sin(theta), 0};
    }

    /**
     * The constant: by Price's theorem d/d rho E[relu(u) relu(v)] = E[1{u &gt; 0} 1{v &gt; 0}], so
     * K_inf(x, x') = x^T x' times the derivative of Cho and Saul's degree-1 arc-cosine kernel (written as
     * E[relu relu], i.e. their k_1 / 2). The derivative is taken by central differences (step 1e-6, error ~1e-11).
     */
    @Test
    void constantIsTheDerivativeOfTheArcCosineKernel() {
        double[] x = atAngle(0, 2.0);
        for (double theta : new double[] {0.05, 0.4, 1.0, 1.5, 2.2, 3.0}) {
            double[] xp = atAngle(theta, 0.5);
            double rho = Math.cos(theta);
            double derivative = (arcCosine1(rho + 1e-6) - arcCosine1(rho - 1e-6)) / 2e-6;
            double dot = 2.0 * 0.5 * rho;
            assertEquals(dot * derivative, TangentKernel.reluInfiniteWidth(x, xp), 1e-9, "theta " + theta);
        }
        assertEquals(4.0 / 2, TangentKernel.reluInfiniteWidth(x, x), 1e-15, "theta = 0: ||x||^2 / 2");
        assertEquals(0, TangentKernel.reluInfiniteWidth(x, new double[] {-1, 0, 0}), 1e-15, "opposite inputs");
    }

    /**
     * Monte Carlo with java.util.Random: the mean of 1{w.x &gt; 0} 1{w.x' &gt; 0} x^T x' over 200000 draws of
     * w ~ N(0, I_4) lies within 4 standard errors (sd &lt;= |x^T x'| / 2 / sqrt(200000)) of K_inf.
     */
    @Test
    void monteCarloAgreesWithTheClosedForm() {
        Random random = new Random(2024);
        double[][] pairs = {{1, 0.3, -0.2, 0.5}, {0.2, 1.1, 0.4, -0.7}, {-0.9, 0.1, 0.6, 0.3}};
        int draws = 200_000;
        for (int p = 0; p < pairs.length; p++) {
            double[] x = pairs[p];
            double[] xp = pairs[(p + 1) % pairs.length];
            double dot = 0;
            for (int l = 0; l < 4; l++) {
                dot += x[l] * xp[l];
            }
            long both = 0;
            for (int s = 0; s < draws; s++) {
                double u = 0;
                double v = 0;
                for (int l = 0; l < 4; l++) {
                    double g = random.nextGaussian();
                    u += g * x[l];
                    v += g * xp[l];
                }
                if (u > 0 && v > 0) {
                    both++;
                }
            }
            double estimate = dot * both / (double) draws;
            double se = Math.abs(dot) * 0.5 / Math.sqrt(draws);
            assertEquals(estimate, TangentKernel.reluInfiniteWidth(x, xp), 4 * se, "pair " + p);
        }
    }

    /**
     * The empirical Gram matrix of h independent units is a mean of h i.i.d. matrices whose mean is K_inf, and
     * entry (i, k) of one of them is Bernoulli(P_ik) times x_i^T x_k with P_ik = (pi - theta_ik)/(2 pi). Hence exactly
     * E ||K_h - K_inf||_F^2 = c / h with c = sum_ik (x_i^T x_k)^2 P_ik (1 - P_ik). One draw of h ||K_h - K_inf||_F^2 has a
     * standard deviation of about c/2 here (measured over 400 seeds), so the mean of 100 fixed seeds per width has a
     * standard error near 0.05 c: it must be within 25% of c at every width, and the fitted slope of
     * log ||K_h - K_inf||_F against log h (400 points) must be -1/2 within 0.05.
     */
    @Test
    void empiricalGramApproachesTheInfiniteWidthKernelLikeOneOverSqrtWidth() {
        int n = 12;
        NtkData data = NtkData.sphere(n, 5, 0, 3);
        DMatrixRMaj x = data.x();
        double c = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double[] xi = Reference.row(x, i);
                double[] xk = Reference.row(x, k);
                double p = Reference.bothPositive(xi, xk);
                double dot = Reference.dot(x, i, x, k);
                c += dot * dot * p * (1 - p);
            }
        }
        DMatrixRMaj kInf = TangentKernel.reluInfiniteWidth(x, x);
        SimpleRegression fit = new SimpleRegression();
        for (long h : new long[] {100, 400, 1600, 6400}) {
            double meanScaled = 0;
            int seeds = 100;
            for (int s = 0; s < seeds; s++) {
                WideNetwork net = WideNetwork.initialize(h, 5, Activation.RELU, Initialization.GAUSSIAN, 1000 * h + s);
                DMatrixRMaj k = TangentKernel.gram(net, x);
                double sq = 0;
                for (int e = 0; e < k.data.length; e++) {
                    sq += (k.data[e] - kInf.data[e]) * (k.data[e] - kInf.data[e]);
                }
                meanScaled += h * sq / seeds;
                fit.addData(Math.log(h), 0.5 * Math.log(sq));
            }
            assertEquals(c, meanScaled, 0.25 * c, "h = " + h + ": h E||K - K_inf||^2 = c");
        }
        assertEquals(-0.5, fit.getSlope(), 0.05);
    }

    /** Two units of a mirrored pair share their row, so the antisymmetric Gram matrix averages h/2 units: c / (h/2). */
    @Test
    void antisymmetricGramFluctuatesLikeHalfTheWidth() {
        DMatrixRMaj x = NtkData.sphere(10, 4, 0, 5).x();
        DMatrixRMaj kInf = TangentKernel.reluInfiniteWidth(x, x);
        double gaussian = 0;
        double mirrored = 0;
        for (int s = 0; s < 60; s++) {
            gaussian += squaredDistance(TangentKernel.gram(WideNetwork.initialize(800, 4, Activation.RELU, Initialization.GAUSSIAN, s), x), kInf);
            mirrored += squaredDistance(TangentKernel.gram(WideNetwork.initialize(800, 4, Activation.RELU, Initialization.ANTISYMMETRIC, s), x), kInf);
        }
        double ratio = mirrored / gaussian;
        assertTrue(ratio > 1.6 && ratio < 2.5, "expected about 2, got " + ratio);
    }

    private static double squaredDistance(DMatrixRMaj a, DMatrixRMaj b) {
        double s = 0;
        for (int e = 0; e < a.data.length; e++) {
            s += (a.data[e] - b.data[e]) * (a.data[e] - b.data[e]);
        }
        return s;
    }
}
