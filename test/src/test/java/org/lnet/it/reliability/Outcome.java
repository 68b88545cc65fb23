package org.lnet.it.reliability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one host did with one case: a result with its numbers (compared bit for bit across hosts), a refusal with
 * its message, a cancellation, or not applicable with the reason.
 *
 * @param text the error message (as the user sees it, without the host's own prefix), the cancellation summary or
 *             the reason for n/a; empty for a result
 * @param phase where a refusal happened: "configure"/"execute" (node layer, hence KNIME), "init"/"run" (Weka's
 *              stepInit or the step running), or the CLI command; empty otherwise
 * @param numbers named results, e.g. "theta" (D x m, row-major), "rank", "u", "trajectory"
 */
record Outcome(Kind kind, String text, String phase, Map<String, double[]> numbers) {

    enum Kind { OK, ERROR, CANCELLED, NA }

    static Outcome ok(Map<String, double[]> numbers) {
        return new Outcome(Kind.OK, "", "", numbers);
    }

    static Outcome error(String message, String phase) {
        return new Outcome(Kind.ERROR, message, phase, Map.of());
    }

    static Outcome cancelled(String summary) {
        return new Outcome(Kind.CANCELLED, summary, "", Map.of());
    }

    static Outcome na(String reason) {
        return new Outcome(Kind.NA, reason, "", Map.of());
    }

    double[] get(String name) {
        double[] v = numbers.get(name);
        if (v == null) {
            throw new AssertionError("no result '" + name + "' (has " + numbers.keySet() + ")");
        }
        return v;
    }

    double one(String name) {
        return get(name)[0];
    }

    /** Numbers builder, in insertion order. */
    static final class Numbers {
        private final Map<String, double[]> map = new LinkedHashMap<>();

        Numbers put(String name, double... values) {
            map.put(name, values.clone());
            return this;
        }

        Map<String, double[]> build() {
            return map;
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.name());
        if (!text.isEmpty()) {
            b.append(": ").append(text);
        }
        if (!phase.isEmpty()) {
            b.append(" [").append(phase).append(']');
        }
        numbers.forEach((k, v) -> b.append(' ').append(k).append('=')
            .append(v.length <= 4 ? Arrays.toString(v) : v.length + " values"));
        return b.toString();
    }
}
