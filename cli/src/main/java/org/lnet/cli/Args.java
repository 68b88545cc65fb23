package org.lnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parsed options of one command: {@code --name value} for valued options, {@code --name} for flags.
 * Getters name the option in their error messages.
 */
final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new TreeSet<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /**
     * @param valued option names (without "--") that take a value
     * @param flagNames option names that take none
     */
    static Args parse(String[] argv, int from, Set<String> valued, Set<String> flagNames) {
        Args a = new Args();
        for (int i = from; i < argv.length; i++) {
            String token = argv[i];
            if (!token.startsWith("--")) {
                a.positional.add(token);
                continue;
            }
            String name = token.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagNames.contains(name) && inline == null) {
                a.flags.add(name);
            } else if (valued.contains(name)) {
                String v = inline;
                if (v == null) {
                    if (i + 1 >= argv.length) {
                        throw new UsageException("Option --" + name + " needs a value.");
                    }
                    v = argv[++i];
                }
                if (a.values.put(name, v) != null) {
                    throw new UsageException("Option --" + name + " is given twice.");
                }
            } else {
                Set<String> known = new TreeSet<>(valued);
                known.addAll(flagNames);
                throw new UsageException("Unknown option " + token + "; this command takes --" + String.join(", --", known) + ".");
            }
        }
        return a;
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }

    String string(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("Option --" + name + " is required.");
        }
        return v;
    }

    String stringOr(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    Path path(String name) {
        return Path.of(string(name));
    }

    double number(String name) {
        String v = string(name);
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + name + " expects a number, not '" + v + "'.");
        }
    }

    double numberOr(String name, double fallback) {
        return values.containsKey(name) ? number(name) : fallback;
    }

    /** A whole number; scientific notation such as 1e9 is accepted when it is integral. */
    long integer(String name) {
        return wholeNumber(name, string(name));
    }

    long integerOr(String name, long fallback) {
        return values.containsKey(name) ? integer(name) : fallback;
    }

    /**
     * A whole number that is a count or a size held in an int (D, m, n, seeds, threads, records): a value beyond the
     * int range is refused here, rather than wrapping around into a negative number that a later check reports.
     */
    int count(String name) {
        long v = integer(name);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new UsageException("Option --" + name + " expects a whole number of at most " + Integer.MAX_VALUE
                + ", not '" + string(name) + "'.");
        }
        return (int) v;
    }

    int countOr(String name, int fallback) {
        return values.containsKey(name) ? count(name) : fallback;
    }

    /** A comma-separated list of whole numbers, e.g. 500,1000 or 1e3,1e5. */
    long[] integers(String name) {
        String[] parts = string(name).split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = wholeNumber(name, parts[i]);
        }
        return out;
    }

    private static long wholeNumber(String name, String text) {
        String t = text.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(t);
                if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
                    return (long) d;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new UsageException("Option --" + name + " expects a whole number, not '" + text + "'.");
        }
    }
}
