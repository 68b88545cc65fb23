package org.lnet.node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lnet.engine.Checks;

/**
 * The widths h of a sweep, stored as text: whole numbers of {@link Numbers}' grammar (1e9 included) separated by
 * commas, semicolons or blanks, each at least 1, at least two different ones, each listed once
 * ({@link Checks#widthListProblem}). Its kind is TEXT; its value a long[] in the order given.
 */
public final class WidthsSetting extends Setting<long[]> {

    private WidthsSetting(String key, String label, String description, List<String> formerKeys, long[] defaultValue) {
        super(key, label, description, formerKeys, defaultValue.clone());
    }

    public static WidthsSetting widths(String key, String label, String description, long... defaultValue) {
        return new WidthsSetting(key, label, description, List.of(), defaultValue);
    }

    @Override
    public long[] defaultTyped() {
        return super.defaultTyped().clone();
    }

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    @Override
    public long[] check(long[] widths) {
        for (long h : widths) {
            if (!Checks.Range.COUNT.contains(h)) {
                throw invalid("must list widths of at least 1; " + h + " is not");
            }
        }
        String problem = Checks.widthListProblem(widths);
        if (problem != null) {
            throw invalid(problem);
        }
        return widths.clone();
    }

    /** "500, 1000, 2000". */
    @Override
    public String format(long[] widths) {
        return Arrays.stream(widths).mapToObj(Long::toString).collect(Collectors.joining(", "));
    }

    @Override
    long[] get(SettingsStore store, String key) {
        return typed(store.getString(key, format(defaultTyped())));
    }

    /** A long[] as it is, or the text of a list (whole numbers refused otherwise, naming the setting). */
    @Override
    long[] typed(Object value) {
        if (value instanceof long[] a) {
            return a.clone();
        }
        List<Long> out = new ArrayList<>();
        for (String part : String.valueOf(value).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(Numbers.parseWhole(part));
            } catch (NumberFormatException e) {
                throw invalid("must list whole numbers separated by commas; '" + part + "' is not one");
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public Object defaultValue() {
        return format(defaultTyped());
    }

    /** The text as it is; the list is checked when read. */
    @Override
    public Object parseText(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void write(SettingsStore store, Object value) {
        store.putString(key(), value instanceof long[] a ? format(a) : String.valueOf(value));
    }
}
