package org.lnet.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lnet.engine.Progress;
import org.lnet.build.KnimeConfig;
import org.lnet.build.KnimeNames;
import org.lnet.build.KnimeNodes;
import org.lnet.build.SettingsLayout;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.PortValue;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/**
 * Reads a .knwf archive as KNIME's loader does (workflow.knime, each node's settings.xml, the connections) and runs
 * its Linear Networks nodes through the node layer in the order of their ids, with the CSV Reader emulated on the
 * bundled data file. KNIME's own learners and plots are only checked for presence.
 */
final class WorkflowRunner {

    /** A node as loaded: id, factory and settings. */
    record LoadedNode(int id, String factory, KnimeConfig settings) {
    }

    /** A connection with KNIME's port numbers (0 = flow variables). */
    record LoadedConnection(int source, int sourcePort, int dest, int destPort) {
    }

    final String root;
    final Map<String, byte[]> entries;
    final Map<Integer, LoadedNode> nodes = new TreeMap<>();
    final List<LoadedConnection> connections = new ArrayList<>();
    final Map<Integer, NodeResult> results = new HashMap<>();

    WorkflowRunner(byte[] knwf) throws IOException {
        entries = Artifacts.entries(knwf);
        String first = entries.keySet().iterator().next();
        root = first.substring(0, first.indexOf('/') + 1);
        KnimeConfig workflow = parse(root + "workflow.knime");
        for (Object item : workflow.getConfig("nodes").items()) {
            KnimeConfig n = (KnimeConfig) item;
            int id = Integer.parseInt(n.getEntry("id").value());
            KnimeConfig settings = parse(root + n.getEntry("node_settings_file").value());
            nodes.put(id, new LoadedNode(id, settings.getEntry("factory").value(), settings));
        }
        for (Object item : workflow.getConfig("connections").items()) {
            KnimeConfig c = (KnimeConfig) item;
            connections.add(new LoadedConnection(integer(c, "sourceID"), integer(c, "sourcePort"), integer(c, "destID"),
                integer(c, "destPort")));
        }
    }

    private static int integer(KnimeConfig c, String key) {
        return Integer.parseInt(c.getEntry(key).value());
    }

    KnimeConfig parse(String entry) throws IOException {
        byte[] b = entries.get(entry);
        if (b == null) {
            throw new AssertionError("missing " + entry);
        }
        return KnimeConfig.parse(new ByteArrayInputStream(b));
    }

    /** Our node for a factory class, null for KNIME's own nodes. */
    static LinearNetworkNode<?> ours(String factory) {
        for (LinearNetworkNode<?> n : Nodes.all()) {
            if (KnimeNames.factoryClass(n).equals(factory)) {
                return n;
            }
        }
        return null;
    }

    /** Runs every node that can run outside KNIME; returns this. */
    WorkflowRunner run() {
        for (LoadedNode n : nodes.values()) {
            LinearNetworkNode<?> node = ours(n.factory());
            if (n.factory().equals(KnimeNodes.CSV_READER)) {
                results.put(n.id(), NodeResult.of(readCsv(n)));
            } else if (node != null) {
                PortValue[] in = new PortValue[node.info().inputs().size()];
                for (LoadedConnection c : connections) {
                    if (c.dest() == n.id()) {
                        in[c.destPort() - 1] = results.get(c.source()).output(c.sourcePort() - 1);
                    }
                }
                results.put(n.id(), node.execute(SettingsLayout.read(node, n.settings().getConfig("model")), in,
                    Progress.NONE));
            }
        }
        return this;
    }

    private Table readCsv(LoadedNode n) {
        KnimeConfig location = n.settings().getConfig("model").getConfig("settings").getConfig("file_selection")
            .getConfig("path");
        // the only location the examples use: a file in the workflow's data area, which is the folder "data"
        if (!"knime.workflow.data".equals(location.getEntry("file_system_specifier").value())) {
            throw new AssertionError("CSV Reader " + n.id() + " does not read from the workflow's data area");
        }
        byte[] file = entries.get(root + "data/" + location.getEntry("path").value());
        if (file == null) {
            throw new AssertionError("CSV Reader " + n.id() + " reads a file the archive does not contain");
        }
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
        List<String> header = List.of(lines[0].split(","));
        TableBuilder b = Table.builder(TableSpec.reals(header));
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            Object[] values = new Object[cells.length];
            for (int j = 0; j < cells.length; j++) {
                values[j] = Double.parseDouble(cells[j]);
            }
            b.addCells(values);
        }
        return b.build();
    }

    PortValue output(int node, int port) {
        return results.get(node).output(port);
    }
}
