package org.lnet.node.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.PortSpec;

/**
 * What downstream nodes know about a Linear Network before it exists: shapes (D inputs, m outputs, width h and the
 * number k of frame columns it is stored with), how it was initialized, which loss it was trained with, and the
 * names of the input and target columns it belongs to, so later nodes can pick the same columns by default and
 * refuse mismatching data at configuration time.
 *
 * @param inputs D
 * @param outputs m
 * @param width h, the number of hidden units
 * @param frameRank k, the columns of the stored coefficients (h for explicit width, at most m + D for implicit)
 * @param implicitWidth whether the network lives in an unformed random frame (implicit width)
 * @param alpha width exponent of a Gaussian N(0, h^(-2 alpha)) initialization, NaN if none
 * @param initialization how it was initialized ("random", "balanced", "user", ...)
 * @param lossConvention "sum" or "mean" once trained, "" while untrained
 * @param inputColumns the D input column names
 * @param targetColumns the m target column names
 */
public record NetworkSpec(int inputs, int outputs, long width, int frameRank, boolean implicitWidth, double alpha,
                          String initialization, String lossConvention, List<String> inputColumns,
                          List<String> targetColumns) implements PortSpec {

    public NetworkSpec {
        Objects.requireNonNull(initialization, "initialization");
        Objects.requireNonNull(lossConvention, "lossConvention");
        inputColumns = List.copyOf(inputColumns);
        targetColumns = List.copyOf(targetColumns);
        if (inputs < 1 || outputs < 1 || width < 1 || frameRank < 1 || frameRank > width) {
            throw new IllegalArgumentException("invalid network shape D=" + inputs + " m=" + outputs + " h=" + width
                + " k=" + frameRank);
        }
        if (inputColumns.size() != inputs || targetColumns.size() != outputs) {
            throw new IllegalArgumentException("column names do not match D=" + inputs + ", m=" + outputs);
        }
    }

    /** Names prefix1..prefixN. */
    public static List<String> defaultNames(String prefix, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    /** The same network after training with the given loss convention. */
    public NetworkSpec trained(String loss) {
        return new NetworkSpec(inputs, outputs, width, frameRank, implicitWidth, alpha, initialization, loss,
            inputColumns, targetColumns);
    }

    /** The same network bound to other column names (same counts). */
    public NetworkSpec withColumns(List<String> in, List<String> targets) {
        return new NetworkSpec(inputs, outputs, width, frameRank, implicitWidth, alpha, initialization, lossConvention,
            in, targets);
    }

    /**
     * Refuses data whose selected columns do not fit this network, naming both counts.
     *
     * @throws InvalidInputException for a D or m mismatch
     */
    public void requireShape(List<String> selectedInputs, List<String> selectedTargets) {
        if (selectedInputs.size() != inputs) {
            throw new InvalidInputException("inputColumns", "The network has D = " + inputs + " inputs " + inputColumns
                + " but " + selectedInputs.size() + " input columns are selected " + selectedInputs
                + ": select the input columns the network was built for.");
        }
        if (selectedTargets != null && selectedTargets.size() != outputs) {
            throw new InvalidInputException("targetColumns", "The network has m = " + outputs + " outputs "
                + targetColumns + " but " + selectedTargets.size() + " target columns are selected " + selectedTargets
                + ": select the target columns the network was built for.");
        }
    }

    /** One line for tooltips and logs. */
    public String summary() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Linear network D=%d, m=%d, h=%d (%s), %s",
            inputs, outputs, width, implicitWidth ? "implicit width, k=" + frameRank : "explicit", initialization));
        if (!Double.isNaN(alpha)) {
            b.append(String.format(Locale.ROOT, ", alpha=%s", alpha));
        }
        if (!lossConvention.isEmpty()) {
            b.append(", trained with ").append(lossConvention).append(" loss");
        }
        return b.toString();
    }
}
