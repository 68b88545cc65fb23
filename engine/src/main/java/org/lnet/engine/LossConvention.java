package org.lnet.engine;

import java.util.Locale;

/**
 * How the training loss is normalised. The engine works internally with the sum convention
 * L = 1/2 ||Y - X U V^T||_F^2; the mean convention ||Y - X U V^T||_F^2 / n (the paper's experiments) has
 * gradient (2/n) times as large, so its flow is the sum flow with time scaled by 2/n and its gradient
 * descent with step eta is sum-descent with step 2 eta / n.
 */
public enum LossConvention implements Choice {
    /** L = 1/2 ||Y - X U V^T||_F^2. */
    SUM("L = 1/2 ||Y - Ŷ||_F^2, half the sum of squared errors"),
    /** L = ||Y - X U V^T||_F^2 / n. */
    MEAN("L = ||Y - Ŷ||_F^2 / n, the mean squared error of the paper's experiments; the same flow as sum with time "
        + "scaled by 2/n");

    private final String description;

    LossConvention(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /** Factor between this convention's gradient (and loss) and the sum convention's, for n samples. */
    public double scale(int n) {
        return this == SUM ? 1.0 : 2.0 / n;
    }

    /** This convention's value of a loss given in the sum convention. */
    public double fromSum(double sumLoss, int n) {
        return sumLoss * scale(n);
    }

    /** Lower-case name as used in settings, files and output ("sum", "mean"). */
    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "sum" or "mean" (any case); the message names the parameter on failure. */
    public static LossConvention parse(String parameter, String text) {
        return Choice.parse(LossConvention.class, parameter, text);
    }
}
