package org.lnet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;

/**
 * The command-line options of a node, derived from its declarations and nothing else: each setting is the option
 * {@code --kebab-case-key} (lr -> --lr, sigmaU -> --sigma-u, inputColumns -> --input-columns), a yes/no setting a
 * flag, every other setting takes its value as text in the node layer's own text grammar ({@link Parameter#parseText}:
 * numbers as every host writes them, column names separated by commas). Defaults, ranges, choices and the messages of
 * a refused value are the node layer's: the values go into a settings store that the node itself loads.
 */
final class NodeOptions {

    private NodeOptions() {
    }

    /** inputColumns -> input-columns: a settings key as an option name. */
    static String option(String key) {
        StringBuilder sb = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('-').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String option(Parameter p) {
        return option(p.key());
    }

    /**
     * A port or node name as an option or command word: lower case, words joined by dashes, the Greek letters of the
     * paper spelled out (Θ0 -> theta0, Θ̂ -> theta-hat, "Test points" -> test-points).
     */
    static String words(String name) {
        String t = name.replace("\u0302", "-hat").replace("Θ", "theta").replace("θ", "theta");
        StringBuilder sb = new StringBuilder();
        for (char c : t.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        return sb.toString().replaceAll("-+$", "");
    }

    /** The option that names the file of input port {@code port}. */
    static String inputOption(PortDef port) {
        return words(port.name());
    }

    /** The option that names the file output port {@code port} is written to. */
    static String outputOption(PortDef port) {
        return "out-" + words(port.name());
    }

    /** The valued options of the node's settings (every kind but yes/no). */
    static Set<String> valued(LinearNetworkNode<?> node) {
        Set<String> out = new TreeSet<>();
        for (Parameter p : node.parameters()) {
            if (p.kind() != Parameter.Kind.BOOLEAN) {
                out.add(option(p));
            }
        }
        return out;
    }

    /** The flags of the node's yes/no settings: present means true (every yes/no setting defaults to false). */
    static Set<String> flags(LinearNetworkNode<?> node) {
        Set<String> out = new TreeSet<>();
        for (Parameter p : node.parameters()) {
            if (p.kind() == Parameter.Kind.BOOLEAN) {
                out.add(option(p));
            }
        }
        return out;
    }

    /**
     * The settings given on the command line, as the node layer's store: absent options stay absent, so the node
     * applies its own defaults when it loads the store (and its own range checks and messages).
     *
     * @param aliases old option name -> the setting's option, for commands that keep an earlier spelling
     */
    static MapSettingsStore store(LinearNetworkNode<?> node, Args args, Map<String, String> aliases) {
        MapSettingsStore store = new MapSettingsStore();
        for (Parameter p : node.parameters()) {
            String name = option(p);
            String given = args.has(name) ? name : null;
            for (Map.Entry<String, String> a : aliases.entrySet()) {
                if (a.getValue().equals(name) && args.has(a.getKey())) {
                    if (given != null) {
                        throw new UsageException("Options --" + given + " and --" + a.getKey() + " are the same "
                            + "setting (" + p.key() + "): give one.");
                    }
                    given = a.getKey();
                }
            }
            if (given == null) {
                continue;
            }
            p.writeText(store, p.kind() == Parameter.Kind.BOOLEAN ? Boolean.toString(args.flag(given))
                : args.string(given));
        }
        return store;
    }

    /** {@link #store(LinearNetworkNode, Args, Map)} without aliases. */
    static MapSettingsStore store(LinearNetworkNode<?> node, Args args) {
        return store(node, args, Map.of());
    }

    /** Every setting as text, the given value or else the node's default: the settings part of a JSON summary. */
    static Map<String, Object> settingsJson(LinearNetworkNode<?> node, MapSettingsStore given) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : node.parameters()) {
            out.put(p.key(), p.toText(valueOf(p, given)));
        }
        return out;
    }

    /**
     * The settings of a command that runs part of a node itself: the given options checked by the node ({@link
     * LinearNetworkNode#load}, its ranges and messages), read back with the node's defaults for absent keys.
     */
    record Given(LinearNetworkNode<?> node, MapSettingsStore store) {

        static Given of(LinearNetworkNode<?> node, Args args, Map<String, String> aliases) {
            MapSettingsStore store = NodeOptions.store(node, args, aliases);
            node.load(store);
            return new Given(node, store);
        }

        double number(String key) {
            return ((Number) valueOf(node.parameter(key), store)).doubleValue();
        }

        long whole(String key) {
            return ((Number) valueOf(node.parameter(key), store)).longValue();
        }

        boolean flag(String key) {
            return (Boolean) valueOf(node.parameter(key), store);
        }

        String text(String key) {
            return (String) valueOf(node.parameter(key), store);
        }
    }

    private static Object valueOf(Parameter p, MapSettingsStore s) {
        String def = p.defaultAsText();
        return switch (p.kind()) {
            case DOUBLE -> s.getDouble(p.key(), ((Number) p.parseText(def)).doubleValue());
            case LONG -> s.getLong(p.key(), ((Number) p.parseText(def)).longValue());
            case BOOLEAN -> s.getBoolean(p.key(), (Boolean) p.parseText(def));
            case CHOICE, TEXT -> s.getString(p.key(), def);
            case COLUMNS -> s.getStringArray(p.key(), new String[0]);
        };
    }

    /**
     * The options part of a usage text, one block per setting: option and value word, the label, the range or
     * choices and the default, then the description, as the node layer declares them.
     *
     * @param aliases old option name -> the setting's option (shown as "also --old")
     */
    static String help(LinearNetworkNode<?> node, Map<String, String> aliases) {
        StringBuilder sb = new StringBuilder();
        for (Parameter p : node.parameters()) {
            sb.append(help(p, aliases));
        }
        return sb.toString();
    }

    /** One setting's block of {@link #help}. */
    static String help(Parameter p, Map<String, String> aliases) {
        StringBuilder sb = new StringBuilder("  --").append(option(p));
        if (p.kind() != Parameter.Kind.BOOLEAN) {
            sb.append(' ').append(valueWord(p));
        }
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            if (a.getValue().equals(option(p))) {
                sb.append("   (also --").append(a.getKey()).append(')');
            }
        }
        sb.append("\n      ").append(p.label()).append(": ");
        List<String> facts = new ArrayList<>();
        String range = p.rangeText();
        if (!range.isEmpty() && p.kind() != Parameter.Kind.CHOICE) {
            facts.add(range);
        }
        if (p.kind() == Parameter.Kind.CHOICE) {
            facts.add("one of " + String.join(", ", p.choices()));
        }
        facts.add("default " + (p.kind() == Parameter.Kind.COLUMNS ? "automatic"
            : p.kind() == Parameter.Kind.BOOLEAN ? "off" : p.defaultAsText()));
        sb.append(String.join("; ", facts)).append('\n');
        for (String line : wrap(p.description(), 94)) {
            sb.append("      ").append(line).append('\n');
        }
        return sb.toString();
    }

    private static String valueWord(Parameter p) {
        return switch (p.kind()) {
            case DOUBLE -> "X";
            case LONG -> "N";
            case CHOICE -> String.join("|", p.choices());
            case TEXT -> "TEXT";
            case COLUMNS -> "a,b,...";
            case BOOLEAN -> "";
        };
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
