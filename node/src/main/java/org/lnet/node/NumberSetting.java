package org.lnet.node;

import java.util.List;

/** A number setting with its admissible interval: what reals and whole numbers share. */
public abstract sealed class NumberSetting<T extends Number> extends Setting<T> permits RealSetting, WholeSetting {

    private final Interval range;

    NumberSetting(String key, String label, String description, List<String> formerKeys, T defaultValue,
                  Interval range) {
        super(key, label, description, formerKeys, defaultValue);
        this.range = range;
    }

    final Interval range() {
        return range;
    }

    @Override
    public final double min() {
        return range.min();
    }

    @Override
    public final double max() {
        return range.max();
    }

    @Override
    public final boolean minOpen() {
        return range.minOpen();
    }

    @Override
    public final boolean maxOpen() {
        return range.maxOpen();
    }

    @Override
    public final String rangeText() {
        return range.text();
    }

    @Override
    public final Object defaultValue() {
        return defaultTyped();
    }

    /** Refuses a value outside the interval, naming the setting. */
    final void checkRange(double v) {
        range.check(this, v);
    }
}
