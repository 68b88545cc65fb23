package org.lnet.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A KNIME workflow as a list of nodes and connections, written as a .knwf archive in KNIME's on-disk format: one top
 * folder with workflow.knime, workflow-metadata.xml, one "Name (#id)/settings.xml" per node and the data files.
 * Nodes are saved unexecuted (state IDLE) so KNIME configures them when the workflow opens.
 *
 * <p>The archive is byte-for-byte reproducible: entries in a fixed order, stored uncompressed (no dependence on the
 * zlib version), with a fixed timestamp.
 */
public final class Workflow {

    /** Bundle and feature a node comes from, as settings.xml records them. */
    public record Origin(String bundleName, String bundleSymbolicName, String vendor, String bundleVersion,
                         String featureName, String featureSymbolicName, String featureVersion) {
    }

    /**
     * One node.
     *
     * @param model the NodeModel settings ("model" config), or null to let the node start from its defaults
     * @param outPorts the node's output ports, without KNIME's flow-variable port
     */
    public record Node(int id, String name, String factory, Origin origin, KnimeConfig model, int outPorts, int x,
                       int y) {
        /** KNIME's folder name: the name with characters other than letters, digits and spaces as "_". */
        public String folder() {
            return name.replaceAll("[^A-Za-z0-9 ]", "_") + " (#" + id + ")";
        }
    }

    /** A connection between data ports counted from 0 (KNIME's port 0 is the flow-variable port, added here). */
    public record Connection(int source, int sourcePort, int dest, int destPort) {
    }

    private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private final String name;
    private final String description;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final Map<String, byte[]> data = new LinkedHashMap<>();

    public Workflow(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public List<Connection> connections() {
        return List.copyOf(connections);
    }

    /** Files of the workflow's data folder, by name. */
    public Map<String, byte[]> data() {
        return Map.copyOf(data);
    }

    public Node add(Node node) {
        nodes.add(node);
        return node;
    }

    public Workflow connect(Node source, int sourcePort, Node dest, int destPort) {
        connections.add(new Connection(source.id(), sourcePort, dest.id(), destPort));
        return this;
    }

    public Workflow dataFile(String fileName, byte[] content) {
        data.put(fileName, content);
        return this;
    }

    KnimeConfig workflowKnime() {
        KnimeConfig w = new KnimeConfig("workflow.knime");
        w.string("created_by", "5.1.0").bool("created_by_nightly", false).string("version", "5.1.0");
        w.entry("name", "xstring", null);
        w.config("authorInformation").string("authored-by", "lnet example generator")
            .string("authored-when", "2026-01-01 00:00:00 +0000").entry("lastEdited-by", "xstring", null)
            .entry("lastEdited-when", "xstring", null);
        w.entry("customDescription", "xstring", null).string("state", "IDLE");
        w.config("workflow_credentials");
        KnimeConfig ns = w.config("nodes");
        for (Node n : nodes) {
            KnimeConfig c = ns.config("node_" + n.id());
            c.xint("id", n.id()).string("node_settings_file", n.folder() + "/settings.xml").bool("node_is_meta", false)
                .string("node_type", "NativeNode").string("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            c.config("ui_settings").ints("extrainfo.node.bounds", n.x(), n.y(), 95, 81);
        }
        KnimeConfig cs = w.config("connections");
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            cs.config("connection_" + i).xint("sourceID", c.source()).xint("destID", c.dest())
                .xint("sourcePort", c.sourcePort() + 1).xint("destPort", c.destPort() + 1);
        }
        return w;
    }

    static KnimeConfig settingsXml(Node n) {
        KnimeConfig s = new KnimeConfig("settings.xml");
        s.string("node_file", "settings.xml");
        s.config("flow_stack");
        s.config("internal_node_subsettings").string("memory_policy", "CacheSmallInMemory");
        if (n.model() != null) {
            s.add(n.model());
        }
        s.entry("customDescription", "xstring", null).string("state", "IDLE");
        Origin o = n.origin();
        s.string("factory", n.factory()).string("node-name", n.name()).string("node-bundle-name", o.bundleName())
            .string("node-bundle-symbolic-name", o.bundleSymbolicName()).string("node-bundle-vendor", o.vendor())
            .string("node-bundle-version", o.bundleVersion()).string("node-feature-name", o.featureName())
            .string("node-feature-symbolic-name", o.featureSymbolicName()).string("node-feature-vendor", o.vendor())
            .string("node-feature-version", o.featureVersion());
        s.config("factory_settings");
        s.string("name", n.name()).bool("hasContent", false).bool("isInactive", false);
        // as FileNodePersistor.savePorts writes an unexecuted node: one entry per output port, without data
        KnimeConfig ports = s.config("ports");
        for (int i = 1; i <= n.outPorts(); i++) {
            ports.config("port_" + i).xint("index", i).entry("port_dir_location", "xstring", null);
        }
        s.config("filestores").entry("file_store_location", "xstring", null).entry("file_store_id", "xstring", null);
        return s;
    }

    private String metadata() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workflow-metadata content-type=\"text/plain\" "
            + "xmlns=\"http://www.knime.org/core/node/workflow/metadata/v1.0\">\n    <last-modified>"
            + "2026-01-01T00:00:00.000Z</last-modified>\n    <description>" + Xml.escape(description)
            + "</description>\n</workflow-metadata>\n";
    }

    /** The archive's entries, path to content, in archive order. */
    public Map<String, byte[]> entries() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String root = name + "/";
        out.put(root + "workflow.knime", utf8(workflowKnime().toXml()));
        out.put(root + "workflow-metadata.xml", utf8(metadata()));
        for (Node n : nodes) {
            out.put(root + n.folder() + "/settings.xml", utf8(settingsXml(n).toXml()));
        }
        data.forEach((file, bytes) -> out.put(root + "data/" + file, bytes));
        return out;
    }

    /** The .knwf archive. */
    public byte[] toKnwf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries().entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                entry.setCompressedSize(e.getValue().length);
                entry.setCrc(crc.getValue());
                entry.setTimeLocal(TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
