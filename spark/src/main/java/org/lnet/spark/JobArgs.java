package org.lnet.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;

/**
 * A command line of the job: {@code --name value} pairs. Names are either the job's own (where the data are, where
 * results go) or the keys of the node's parameters ({@code --widths 100,400 --seeds 3}), which are parsed, range-checked
 * and defaulted by the node layer exactly as in KNIME and Weka; {@code --x-columns} and {@code --y-columns} stand for
 * the node keys inputColumns and targetColumns. {@code --option key=value} may repeat (Spark reader options).
 */
final class JobArgs {

    static final Map<String, String> ALIASES = Map.of("x-columns", "inputColumns", "y-columns", "targetColumns");

    private final Map<String, String> host = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final MapSettingsStore settings = new MapSettingsStore();

    /**
     * @param hostNames the job's own options for this command
     * @param parameters the node's parameters the command line may set (by key)
     */
    static JobArgs parse(String command, String[] argv, int from, Set<String> hostNames, List<Parameter> parameters) {
        JobArgs args = new JobArgs();
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            byKey.put(p.key(), p);
        }
        for (int i = from; i < argv.length; i += 2) {
            String a = argv[i];
            if (!a.startsWith("--") || a.length() == 2) {
                throw new InvalidInputException(a, "Expected an option --name, found '" + a + "' (" + command
                    + " takes " + known(hostNames, byKey.keySet()) + ").");
            }
            String name = a.substring(2);
            if (i + 1 >= argv.length) {
                throw new InvalidInputException(name, "Option --" + name + " needs a value.");
            }
            String value = argv[i + 1];
            String key = ALIASES.getOrDefault(name, name);
            if (name.equals("option")) {
                int eq = value.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidInputException(name, "Option --option takes key=value (a Spark reader option such as "
                        + "sep=;), not '" + value + "'.");
                }
                args.options.put(value.substring(0, eq), value.substring(eq + 1));
            } else if (hostNames.contains(name)) {
                args.host.put(name, value);
            } else if (byKey.containsKey(key)) {
                byKey.get(key).writeText(args.settings, value);
            } else {
                throw new InvalidInputException(name, "Unknown option --" + name + " for " + command + "; it takes "
                    + known(hostNames, byKey.keySet()) + ".");
            }
        }
        return args;
    }

    private static String known(Set<String> host, Set<String> keys) {
        List<String> all = new ArrayList<>();
        for (String n : new TreeSet<>(host)) {
            all.add("--" + n);
        }
        for (String k : keys) {
            String alias = ALIASES.entrySet().stream().filter(e -> e.getValue().equals(k)).map(Map.Entry::getKey)
                .findFirst().orElse(k);
            all.add("--" + alias);
        }
        all.add("--option key=value");
        return String.join(", ", all);
    }

    boolean has(String name) {
        return host.containsKey(name);
    }

    String get(String name) {
        String v = host.get(name);
        if (v == null) {
            throw new InvalidInputException(name, "Option --" + name + " is required.");
        }
        return v;
    }

    String getOr(String name, String fallback) {
        return host.getOrDefault(name, fallback);
    }

    /** The Spark reader options given with --option. */
    Map<String, String> readerOptions() {
        return options;
    }

    /** The node settings given on the command line; the node supplies the defaults of the rest. */
    MapSettingsStore settings() {
        return settings;
    }
}
