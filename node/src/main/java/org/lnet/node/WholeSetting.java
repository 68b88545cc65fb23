package org.lnet.node;

import java.util.List;
import org.lnet.engine.Checks;

/** A whole-number setting (a long) with its interval. */
public final class WholeSetting extends NumberSetting<Long> {

    private WholeSetting(String key, String label, String description, List<String> formerKeys, long defaultValue,
                         Interval range) {
        super(key, label, description, formerKeys, defaultValue, range);
    }

    /** A whole-number setting without bounds yet; narrow it with {@link #atLeast} and the like. */
    public static WholeSetting whole(String key, String label, String description, long defaultValue) {
        return new WholeSetting(key, label, description, List.of(), defaultValue, Interval.all(true));
    }

    private WholeSetting with(Interval r, List<String> former) {
        return new WholeSetting(key(), label(), description(), former, defaultTyped(), r);
    }

    /** Values must be at least {@code bound}. */
    public WholeSetting atLeast(long bound) {
        return with(range().atLeast(bound), formerKeys());
    }

    /** Values must be at most {@code bound}. */
    public WholeSetting atMost(long bound) {
        return with(range().atMost(bound), formerKeys());
    }

    /**
     * Values must lie in an engine's range, the one place the rule is written (e.g. TrainingOptions.STEPS_RANGE);
     * replaces the bounds set so far.
     */
    public WholeSetting within(Checks.Range r) {
        return with(new Interval(r.min(), r.max(), r.minOpen(), r.maxOpen(), true), formerKeys());
    }

    /** Also read from these keys of older versions ({@link #formerKeys()}). */
    public WholeSetting formerly(String... keys) {
        return with(range(), List.of(keys));
    }

    @Override
    public Kind kind() {
        return Kind.LONG;
    }

    @Override
    public Long check(Long v) {
        checkRange(v);
        return v;
    }

    @Override
    public String format(Long v) {
        return Long.toString(v);
    }

    @Override
    Long get(SettingsStore store, String key) {
        return store.getLong(key, defaultTyped());
    }

    @Override
    Long typed(Object value) {
        return ((Number) value).longValue();
    }

    @Override
    public Object parseText(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return Numbers.parseWhole(t);
        } catch (NumberFormatException e) {
            throw invalid("must be " + Numbers.WHOLE_RULE + ", not '" + t + "'");
        }
    }

    @Override
    public void write(SettingsStore store, Object value) {
        store.putLong(key(), typed(value));
    }
}
