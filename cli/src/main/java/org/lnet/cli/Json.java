package org.lnet.cli;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes maps, lists, arrays, numbers, booleans and strings as JSON. Non-finite numbers have no JSON form
 * and are written as null.
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        return write(value, false);
    }

    /**
     * @param indent objects one member a line, indented two spaces a level (for a person at a terminal); lists of
     *               numbers stay on one line; false: the whole value on one line (for scripts)
     */
    static String write(Object value, boolean indent) {
        StringBuilder sb = new StringBuilder();
        append(sb, value, indent ? 0 : -1);
        return sb.toString();
    }

    private static void newline(StringBuilder sb, int depth) {
        if (depth >= 0) {
            sb.append('\n').append("  ".repeat(depth));
        }
    }

    /** @param depth nesting level when indenting, -1 for one line */
    private static void append(StringBuilder sb, Object v, int depth) {
        int inner = depth < 0 ? -1 : depth + 1;
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            sb.append(Double.isFinite(d) ? number(d) : "null");
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> map) {
            sb.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                newline(sb, inner);
                string(sb, String.valueOf(e.getKey()));
                sb.append(depth < 0 ? ":" : ": ");
                append(sb, e.getValue(), inner);
                if (it.hasNext()) {
                    sb.append(',');
                }
            }
            if (!map.isEmpty()) {
                newline(sb, depth);
            }
            sb.append('}');
        } else if (v instanceof double[] arr) {
            sb.append('[');
            for (int i = 0; i < arr.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                append(sb, arr[i], -1);
            }
            sb.append(']');
        } else if (v instanceof long[] arr) {
            sb.append('[');
            for (int i = 0; i < arr.length; i++) {
                sb.append(i > 0 ? "," : "").append(arr[i]);
            }
            sb.append(']');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean nested = c.stream().anyMatch(e -> e instanceof Map || e instanceof Collection);
            int level = nested ? inner : -1;
            Iterator<?> it = c.iterator();
            while (it.hasNext()) {
                newline(sb, level);
                append(sb, it.next(), level);
                if (it.hasNext()) {
                    sb.append(',');
                }
            }
            if (nested && !c.isEmpty()) {
                newline(sb, depth);
            }
            sb.append(']');
        } else {
            string(sb, v.toString());
        }
    }

    /** Shortest round-tripping decimal form. */
    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return Double.toString(d);
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
