package org.lnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.nodes.Nodes;

/**
 * {@code lnet nodes [--json]}: every node of the node layer with its ports and settings as the node layer declares
 * them, so the command line can be compared mechanically with the KNIME and Weka hosts (which show the same
 * declarations as node descriptions and bean properties).
 */
final class NodesCommand implements Command {

    @Override
    public String name() {
        return "nodes";
    }

    @Override
    public String usage() {
        return """
            nodes      every node: its command, ports and settings (--json: as one JSON object)
              --json   {nodes: [{id, name, command, type, shortDescription,
                                 inputs/outputs: [{name, option, kind, optional}],
                                 settings: [{key, option, label, type, default, range, min, max, choices,
                                             description}]}]}""";
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of(), Set.of("json"));
        if (!args.flag("json")) {
            StringBuilder sb = new StringBuilder();
            for (LinearNetworkNode<?> n : Nodes.all()) {
                sb.append(String.format(Locale.ROOT, "%-26s %s%n", NodeOptions.words(n.info().name()),
                    n.info().shortDescription()));
            }
            Terminal.out().print(sb.append("(lnet <command> --help for its options; lnet nodes --json for all)\n"));
            return null;
        }
        List<Object> nodes = new ArrayList<>();
        for (LinearNetworkNode<?> n : Nodes.all()) {
            nodes.add(node(n));
        }
        Map<String, Object> json = Main.json();
        json.put("nodes", nodes);
        return json;
    }

    static Map<String, Object> node(LinearNetworkNode<?> n) {
        NodeInfo info = n.info();
        Map<String, Object> out = Main.json();
        out.put("id", info.id());
        out.put("name", info.name());
        out.put("command", NodeOptions.words(info.name()));
        out.put("type", info.type().name());
        out.put("shortDescription", info.shortDescription());
        out.put("inputs", ports(info.inputs(), true));
        out.put("outputs", ports(info.outputs(), false));
        List<Object> settings = new ArrayList<>();
        for (Parameter p : n.parameters()) {
            settings.add(setting(p));
        }
        out.put("settings", settings);
        return out;
    }

    private static List<Object> ports(List<PortDef> ports, boolean input) {
        List<Object> out = new ArrayList<>();
        for (PortDef p : ports) {
            Map<String, Object> m = Main.json();
            m.put("name", p.name());
            m.put("option", input ? NodeOptions.inputOption(p) : NodeOptions.outputOption(p));
            m.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
            m.put("optional", p.optional());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> setting(Parameter p) {
        Map<String, Object> m = Main.json();
        m.put("key", p.key());
        m.put("option", NodeOptions.option(p));
        m.put("label", p.label());
        m.put("type", p.kind().name().toLowerCase(Locale.ROOT));
        m.put("default", p.kind() == Parameter.Kind.COLUMNS ? "" : p.defaultAsText());
        m.put("range", p.kind() == Parameter.Kind.CHOICE ? "" : p.rangeText());
        boolean numeric = p.kind() == Parameter.Kind.DOUBLE || p.kind() == Parameter.Kind.LONG;
        m.put("min", numeric && bounded(p, p.min()) ? p.min() : null);
        m.put("max", numeric && bounded(p, p.max()) ? p.max() : null);
        m.put("choices", p.choices());
        m.put("description", p.description());
        return m;
    }

    /** A finite bound that restricts: a whole-number setting's Long.MIN/MAX_VALUE is no bound. */
    private static boolean bounded(Parameter p, double v) {
        return Double.isFinite(v) && !(p.kind() == Parameter.Kind.LONG
            && (v == (double) Long.MIN_VALUE || v == (double) Long.MAX_VALUE));
    }
}
