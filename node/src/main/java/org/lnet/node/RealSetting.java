package org.lnet.node;

import java.util.List;
import org.lnet.engine.Checks;

/** A real-number setting with its interval; refuses NaN and infinities. */
public final class RealSetting extends NumberSetting<Double> {

    private RealSetting(String key, String label, String description, List<String> formerKeys, double defaultValue,
                        Interval range) {
        super(key, label, description, formerKeys, defaultValue, range);
    }

    /** A real setting without bounds yet; narrow it with {@link #above} and the like. */
    public static RealSetting real(String key, String label, String description, double defaultValue) {
        return new RealSetting(key, label, description, List.of(), defaultValue, Interval.all(false));
    }

    private RealSetting with(Interval r, List<String> former) {
        return new RealSetting(key(), label(), description(), former, defaultTyped(), r);
    }

    /** Values must be greater than {@code bound}. */
    public RealSetting above(double bound) {
        return with(range().above(bound), formerKeys());
    }

    /** Values must be at least {@code bound}. */
    public RealSetting atLeast(double bound) {
        return with(range().atLeast(bound), formerKeys());
    }

    /** Values must be less than {@code bound}. */
    public RealSetting below(double bound) {
        return with(range().below(bound), formerKeys());
    }

    /** Values must be at most {@code bound}. */
    public RealSetting atMost(double bound) {
        return with(range().atMost(bound), formerKeys());
    }

    /**
     * Values must lie in an engine's range, the one place the rule is written (e.g. TrainingOptions.RTOL_RANGE);
     * replaces the bounds set so far.
     */
    public RealSetting within(Checks.Range r) {
        return with(new Interval(r.min(), r.max(), r.minOpen(), r.maxOpen(), false), formerKeys());
    }

    /** Also read from these keys of older versions ({@link #formerKeys()}). */
    public RealSetting formerly(String... keys) {
        return with(range(), List.of(keys));
    }

    @Override
    public Kind kind() {
        return Kind.DOUBLE;
    }

    @Override
    public Double check(Double v) {
        if (v.isNaN() || v.isInfinite()) {
            throw invalid("must be a finite number, not " + v);
        }
        checkRange(v);
        return v;
    }

    @Override
    public String format(Double v) {
        return Numbers.text(v);
    }

    @Override
    Double get(SettingsStore store, String key) {
        return store.getDouble(key, defaultTyped());
    }

    @Override
    Double typed(Object value) {
        return ((Number) value).doubleValue();
    }

    @Override
    public Object parseText(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return Numbers.parse(t);
        } catch (NumberFormatException e) {
            throw invalid("must be " + Numbers.NUMBER_RULE + ", not '" + t + "'");
        }
    }

    @Override
    public void write(SettingsStore store, Object value) {
        store.putDouble(key(), typed(value));
    }
}
