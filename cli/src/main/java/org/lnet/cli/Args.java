package org.lnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.Numbers;

/**
 * Parsed options of one command: {@code --name value} for valued options, {@code --name} for flags.
 * Getters name the option in their error messages.
 */
final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new TreeSet<>();
    private final List<String> positional = new ArrayList<>();

    /** The options the running command declared (the last parse), so engine messages can be said in its terms. */
    private static volatile Set<String> declared = Set.of();

    private Args() {
    }

    /**
     * An engine or node-layer error in command-line terms: a setting error whose subject ('lr', 'sigmaU') is an
     * option of the running command names that option ("option --lr", "option --sigma-u"), from the error's fields,
     * never its text. The one place where parameter names meet option names.
     */
    static String inOptionTerms(InvalidInputException e) {
        // the engine names its parameter in the error's location ("parameter 'lr'", "(parameter 'width')"); the node
        // layer's setting errors name the setting as in KNIME and Weka ("Setting 'Width h' (width)") and stay
        String engineWords = "parameter '" + e.subject() + "'";
        if (e.kind() == InvalidInputException.Kind.SETTING && e.where().contains(engineWords)) {
            for (String option : declared) {
                if (e.subject().equals(option) || e.subject().equals(camelCase(option))) {
                    return e.locatedAs(option, e.where().replace(engineWords, "option --" + option)).getMessage();
                }
            }
        }
        return e.getMessage();
    }

    /** Before a run: no options declared yet. */
    static void forget() {
        declared = Set.of();
    }

    /** sigma-u -> sigmaU: the engine's spelling of an option name. */
    private static String camelCase(String option) {
        StringBuilder sb = new StringBuilder(option.length());
        for (int i = 0; i < option.length(); i++) {
            char c = option.charAt(i);
            if (c == '-' && i + 1 < option.length()) {
                sb.append(Character.toUpperCase(option.charAt(++i)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Parses a command's options; anything else is an error: an unknown option, a single-dash word, a value that is
     * missing (or is the next option), a flag given a value, an option given twice, a word that belongs to no option.
     *
     * @param valued option names (without "--") that take a value
     * @param flagNames option names that take none
     */
    static Args parse(String[] argv, int from, Set<String> valued, Set<String> flagNames) {
        return parse(argv, from, valued, flagNames, 0);
    }

    /** As {@link #parse(String[], int, Set, Set)}, with up to {@code maxPositional} words that are not options. */
    static Args parse(String[] argv, int from, Set<String> valued, Set<String> flagNames, int maxPositional) {
        Args a = new Args();
        Set<String> all = new TreeSet<>(valued);
        all.addAll(flagNames);
        declared = all;
        for (int i = from; i < argv.length; i++) {
            String token = argv[i];
            if (!token.startsWith("--")) {
                if (token.length() > 1 && token.startsWith("-") && !Numbers.isNumber(token)) {
                    throw new UsageException("Unknown option " + token + ": options start with two dashes ("
                        + "-" + token + ").");
                }
                if (a.positional.size() >= maxPositional) {
                    throw new UsageException("Unexpected argument '" + token + "'" + (i > from && argv[i - 1]
                        .startsWith("--") ? " after --" + argv[i - 1].substring(2) + ", which takes no value" : "")
                        + ": every value follows its option (--name value).");
                }
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
            if (flagNames.contains(name)) {
                if (inline != null) {
                    throw new UsageException("Option --" + name + " takes no value (found '" + token + "').");
                }
                if (!a.flags.add(name)) {
                    throw new UsageException("Option --" + name + " is given twice.");
                }
            } else if (valued.contains(name)) {
                String v = inline;
                if (v == null) {
                    if (i + 1 >= argv.length) {
                        throw new UsageException("Option --" + name + " needs a value.");
                    }
                    v = argv[++i];
                    if (v.startsWith("--") || (v.length() > 1 && v.startsWith("-") && !Numbers.isNumber(v))) {
                        throw new UsageException("Option --" + name + " needs a value, but is followed by the option "
                            + v + " (a value that starts with a dash is written --" + name + "=VALUE).");
                    }
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

    /** These options without {@code name}: for a value a command translates before the node layer reads it. */
    Args without(String name) {
        Args a = new Args();
        a.values.putAll(values);
        a.values.remove(name);
        a.flags.addAll(flags);
        a.flags.remove(name);
        a.positional.addAll(positional);
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

    /** A finite number of the one grammar of every host ({@link Numbers}). */
    double number(String name) {
        return number(name, string(name));
    }

    private static double number(String name, String text) {
        double v;
        try {
            v = Numbers.parse(text);
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + name + " expects " + Numbers.NUMBER_RULE + ", not '" + text + "'.");
        }
        if (!Double.isFinite(v)) {
            throw new UsageException("Option --" + name + " expects a finite number, not '" + text + "'.");
        }
        return v;
    }

    /** A comma-separated list of finite numbers, e.g. 1,2,4,8. */
    double[] numbers(String name) {
        String[] parts = string(name).split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(name, parts[i]);
        }
        return out;
    }

    double numberOr(String name, double fallback) {
        return values.containsKey(name) ? number(name) : fallback;
    }

    /** A whole number of the one grammar of every host ({@link Numbers}): 42, 1e9 and 1.5e3 are whole numbers. */
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
        String[] parts = string(name).split(",", -1);
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = wholeNumber(name, parts[i]);
        }
        return out;
    }

    /**
     * The widths of a sweep: whole numbers separated by commas, at least two different ones, each listed once (the
     * node layer's rule, {@link org.lnet.engine.Checks#widthListProblem}), so a sweep is refused before it runs.
     */
    long[] widths(String name) {
        return org.lnet.engine.Checks.sweepWidths(name, integers(name));
    }

    private static long wholeNumber(String name, String text) {
        try {
            return Numbers.parseWhole(text);
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + name + " expects " + Numbers.WHOLE_RULE + ", not '" + text + "'.");
        }
    }
}
