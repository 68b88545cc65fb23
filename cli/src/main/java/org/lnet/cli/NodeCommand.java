package org.lnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.table.Table;

/**
 * A node of the node layer as a command ({@code lnet gradient-flow-trainer ...}), everything derived from its
 * declarations: the command word from its name, an option per setting ({@link NodeOptions}), an option per input port
 * naming the file it reads (a table from CSV, {@link TableCsv}; a network from a network file, {@link NetworkFile}),
 * an {@code --out-...} option per output port naming the file it is written to (tables as CSV, networks as network
 * files). The node loads and checks the settings, checks the inputs' specs and executes, exactly as in KNIME and Weka;
 * every output file is published together, or none ({@link Outputs}). Prints one JSON object: the node, its settings,
 * the warnings, and per output port its file and shape (small tables inline).
 */
final class NodeCommand implements Command {

    /** Output tables of at most this many cells are printed in the JSON summary too. */
    static final int INLINE_CELLS = 200;

    private final LinearNetworkNode<?> node;

    NodeCommand(LinearNetworkNode<?> node) {
        this.node = node;
    }

    LinearNetworkNode<?> node() {
        return node;
    }

    @Override
    public String name() {
        return NodeOptions.words(node.info().name());
    }

    @Override
    public String usage() {
        NodeInfo info = node.info();
        StringBuilder sb = new StringBuilder(String.format("%-26s %s%n", name(), info.shortDescription()));
        sb.append("  the node '").append(info.name()).append("' (as in KNIME and Weka); inputs:\n");
        for (PortDef p : info.inputs()) {
            sb.append(port("--" + NodeOptions.inputOption(p), p, p.optional() ? "optional" : "required"));
        }
        sb.append("  outputs (each optional; all files are written together, or none):\n");
        for (PortDef p : info.outputs()) {
            sb.append(port("--" + NodeOptions.outputOption(p), p, null));
        }
        sb.append("  settings (defaults, ranges and messages are the node's):\n");
        sb.append(NodeOptions.help(node, Map.of()));
        sb.append("  ").append(MatrixCsv.Header.HELP).append('\n');
        sb.append("prints {node, settings, warnings, outputs: {port: {kind, file, rows, columns, data | network}}}");
        return sb.toString();
    }

    private static String port(String option, PortDef p, String note) {
        String file = p.kind() == PortDef.Kind.TABLE ? "FILE.csv" : "FILE.lnet";
        return "  " + option + " " + file + (note == null ? "" : "   (" + note + ")") + "\n      " + p.name() + ": "
            + p.description() + "\n";
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        NodeInfo info = node.info();
        Set<String> valued = new TreeSet<>(NodeOptions.valued(node));
        info.inputs().forEach(p -> valued.add(NodeOptions.inputOption(p)));
        info.outputs().forEach(p -> valued.add(NodeOptions.outputOption(p)));
        valued.add("header");
        Args args = Args.parse(argv, from, valued, NodeOptions.flags(node));
        MatrixCsv.Header header = MatrixCsv.Header.of(args);
        MapSettingsStore settings = NodeOptions.store(node, args);
        node.load(settings);

        Outputs outputs = new Outputs();
        for (PortDef p : info.inputs()) {
            String option = NodeOptions.inputOption(p);
            if (args.has(option)) {
                outputs.input(option, args.path(option));
            } else if (!p.optional()) {
                throw new UsageException("Option --" + option + " is required: " + p.name() + ", " + p.description());
            }
        }
        for (PortDef p : info.outputs()) {
            String option = NodeOptions.outputOption(p);
            if (args.has(option)) {
                outputs.output(option, args.path(option));
            }
        }

        PortValue[] in = new PortValue[info.inputs().size()];
        PortSpec[] specs = new PortSpec[in.length];
        for (int i = 0; i < in.length; i++) {
            PortDef p = info.inputs().get(i);
            String option = NodeOptions.inputOption(p);
            if (args.has(option)) {
                Phase.enter("reading " + args.path(option), -1);
                in[i] = p.kind() == PortDef.Kind.TABLE ? TableCsv.read(args.path(option), option, header)
                    : NetworkFile.read(args.path(option), option);
                specs[i] = in[i].spec();
            }
        }
        node.configure(settings, specs);
        Phase.enter("running " + info.name(), -1);
        StderrProgress progress = new StderrProgress();
        NodeResult result = node.execute(settings, in, progress);
        progress.done();

        Map<String, Object> ports = Main.json();
        for (int i = 0; i < info.outputs().size(); i++) {
            PortDef p = info.outputs().get(i);
            String option = NodeOptions.outputOption(p);
            Path file = args.has(option) ? args.path(option) : null;
            PortValue value = result.output(i);
            if (p.appendsTo() >= 0 && in[p.appendsTo()] instanceof Table input && value instanceof Table columns) {
                // as KNIME shows it: the input table's columns followed by the new ones
                value = org.lnet.node.table.Matrices.append(input, columns);
            }
            if (file != null) {
                outputs.put(file, value instanceof Table t ? TableCsv.format(t).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : NetworkFile.bytes((NetworkPortObject) value));
            }
            ports.put(NodeOptions.words(p.name()), describe(value, file));
        }
        outputs.commit();
        for (String w : result.warnings()) {
            System.err.println("lnet " + name() + ": warning: " + w);
        }
        Map<String, Object> json = Main.json();
        json.put("node", info.id());
        json.put("settings", NodeOptions.settingsJson(node, settings));
        json.put("warnings", result.warnings());
        json.put("outputs", ports);
        return json;
    }

    /** An output in the summary: its file, its shape, and a small table's cells or a network's description. */
    static Map<String, Object> describe(PortValue value, Path file) {
        Map<String, Object> out = Main.json();
        out.put("kind", value instanceof Table ? "table" : "network");
        if (file != null) {
            out.put("file", file.toString());
        }
        if (value instanceof Table t) {
            out.put("rows", t.rows());
            out.put("columns", t.spec().names());
            if ((long) t.rows() * t.spec().size() <= INLINE_CELLS) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int r = 0; r < t.rows(); r++) {
                    Map<String, Object> row = Main.json();
                    row.put(TableCsv.ROW_ID, t.rowId(r));
                    for (int c = 0; c < t.spec().size(); c++) {
                        row.put(t.spec().column(c).name(), t.isMissing(c, r) ? null : t.get(c, r));
                    }
                    rows.add(row);
                }
                out.put("data", rows);
            }
        } else if (value instanceof NetworkPortObject n) {
            out.put("network", n.summary());
            out.put("d", n.spec().inputs());
            out.put("m", n.spec().outputs());
            out.put("width", n.spec().width());
            out.put("implicitWidth", n.spec().implicitWidth());
        }
        return out;
    }
}
