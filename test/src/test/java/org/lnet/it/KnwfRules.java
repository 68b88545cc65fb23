package org.lnet.it;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.lnet.it.XmlConfigReader.Cfg;

/**
 * What KNIME's workflow loader requires of a .knwf archive, implemented from KNIME's sources (knime-core
 * {@code org.knime.core/src/eclipse/org/knime/core/node/...} and knime-shared {@code org.knime.core.util/src/main/...},
 * read at tag analytics-platform/5.1.0 and at the newest commit, where the rules used here are the same):
 * <ul>
 * <li>{@code workflow/WorkflowLoadHelper.java} and {@code util/LoadVersion.java}: {@code version} must be a known
 * LoadVersion (else the workflow is "from the future"), {@code created_by} an OSGi version not newer than the KNIME
 * that loads it (5.1.0, the floor), {@code created_by_nightly} false;</li>
 * <li>{@code workflow/FileWorkflowPersistor.java}: {@code nodes} and {@code connections} configs; per node
 * {@code id}, {@code node_settings_file} (a file of the workflow), {@code node_type} (NodeType constant, 2.10+),
 * {@code ui_classname} with {@code ui_settings/extrainfo.node.bounds} (four ints); per connection {@code sourceID},
 * {@code destID}, {@code sourcePort}, {@code destPort} with source ≠ dest; {@code workflow_credentials} (2.2+);
 * {@code authorInformation} dates in "yyyy-MM-dd HH:mm:ss Z"; from 5.1.0 on the metadata in workflow-metadata.xml;</li>
 * <li>{@code org.knime.core.util/src/main/schema/metadata-1.0.xsd}: that file's structure;</li>
 * <li>{@code workflow/FileNodeContainerMetaPersistor.java}: {@code state}, an InternalNodeContainerState constant;</li>
 * <li>{@code workflow/FileSingleNodeContainerPersistor.java}: {@code node_file}, {@code flow_stack} (children with a
 * type), {@code internal_node_subsettings/memory_policy} (MemoryPolicy constant), optional {@code model};</li>
 * <li>{@code NodeAndBundleInformationPersistor.java}: {@code factory} non-null; {@code node-name},
 * {@code node-bundle-name}, {@code -symbolic-name}, {@code -vendor} present; versions empty or OSGi versions;</li>
 * <li>{@code FileNodePersistor.java}: {@code hasContent}, {@code ports} (one {@code port_i} per output, index in range,
 * {@code port_dir_location} null unless saved), {@code filestores} ({@code file_store_location}; an id when set).</li>
 * </ul>
 * Port counts of each factory come from the caller (our node layer, or the recorded facts for KNIME's nodes).
 */
final class KnwfRules {

    /** LoadVersion's version strings, oldest first (identical at 5.1.0 and HEAD; 5.1.0 is the newest at both). */
    static final List<String> LOAD_VERSIONS = List.of("2.0.0", "2.0.1", "2.1.0", "2.2.0", "2.3.0", "2.4.0", "2.5.0",
        "2.6.0", "2.8.0", "2.10.0Pre", "2.10.0", "3.1.0", "3.6.0Pre", "3.7.0", "3.8.0", "4.1.0", "5.1.0");
    static final String FLOOR = "5.1.0";
    /** InternalNodeContainerState constants (5.1.0 and HEAD). */
    static final Set<String> STATES = Set.of("IDLE", "CONFIGURED", "UNCONFIGURED_MARKEDFOREXEC",
        "CONFIGURED_MARKEDFOREXEC", "EXECUTED_MARKEDFOREXEC", "CONFIGURED_QUEUED", "EXECUTED_QUEUED", "PREEXECUTE",
        "EXECUTING", "EXECUTINGREMOTELY", "POSTEXECUTE", "EXECUTED");
    static final Set<String> NODE_TYPES = Set.of("NativeNode", "MetaNode", "SubNode");
    static final Set<String> MEMORY_POLICIES = Set.of("CacheInMemory", "CacheSmallInMemory", "CacheOnDisc");
    private static final Pattern OSGI_VERSION = Pattern.compile("\\d+(\\.\\d+(\\.\\d+(\\.[0-9A-Za-z_-]+)?)?)?");
    private static final DateTimeFormatter AUTHOR_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private static final String METADATA_NS = "http://www.knime.org/core/node/workflow/metadata/v1.0";

    /** Data ports of a node (KNIME's flow-variable port 0 not counted). */
    record Ports(int in, int out) {
    }

    private final Map<String, byte[]> entries;
    private final Function<String, Ports> ports;
    private final List<String> problems = new ArrayList<>();
    private String root;

    private KnwfRules(Map<String, byte[]> entries, Function<String, Ports> ports) {
        this.entries = entries;
        this.ports = ports;
    }

    /** Every rule the archive breaks, as messages naming file and key; empty when KNIME would load it cleanly. */
    static List<String> check(Map<String, byte[]> entries, Function<String, Ports> portsOfFactory) {
        KnwfRules r = new KnwfRules(entries, portsOfFactory);
        try {
            r.archive();
        } catch (IllegalArgumentException e) {
            r.problems.add(e.getMessage());
        }
        return r.problems;
    }

    private void problem(boolean ok, String message) {
        if (!ok) {
            problems.add(message);
        }
    }

    private Cfg read(String path) {
        byte[] b = entries.get(path);
        if (b == null) {
            throw new IllegalArgumentException(path + " is missing");
        }
        return XmlConfigReader.read(path, b);
    }

    private void archive() {
        Set<String> tops = new HashSet<>();
        for (String name : entries.keySet()) {
            problem(!name.startsWith("/") && !name.contains("..") && !name.contains("\\"), name + ": not a plain path");
            tops.add(name.substring(0, name.indexOf('/') + 1));
        }
        if (tops.size() != 1 || tops.contains("")) {
            throw new IllegalArgumentException("a .knwf holds exactly one top folder, found " + tops);
        }
        root = tops.iterator().next();
        Cfg w = read(root + "workflow.knime");
        header(w);
        metadata();
        Map<Integer, Ports> nodePorts = new java.util.HashMap<>();
        for (Cfg n : w.config("nodes").configs()) {
            int id = n.integer("id");
            problem(NODE_TYPES.contains(n.string("node_type")), n.path() + "/node_type is not a NodeType");
            if (n.has("ui_classname") && n.string("ui_classname") != null) {
                problem(n.config("ui_settings").ints("extrainfo.node.bounds").length == 4, n.path() + " bounds");
            }
            String file = n.string("node_settings_file");
            if (file == null || !file.endsWith("/settings.xml") || file.indexOf('/') != file.lastIndexOf('/')) {
                throw new IllegalArgumentException(n.path() + "/node_settings_file must be <node folder>/settings.xml");
            }
            Ports p = node(root + file);
            problem(nodePorts.put(id, p) == null, n.path() + ": node id " + id + " appears twice");
        }
        Set<String> usedInputs = new HashSet<>();
        for (Cfg c : w.config("connections").configs()) {
            int source = c.integer("sourceID");
            int dest = c.integer("destID");
            int sourcePort = c.integer("sourcePort");
            int destPort = c.integer("destPort");
            problem(source != dest, c.path() + ": source and destination must not be equal");
            Ports from = nodePorts.get(source);
            Ports to = nodePorts.get(dest);
            problem(from != null && to != null, c.path() + ": connects a node that does not exist");
            if (from != null && to != null) {
                // port 0 is the flow-variable port, data ports are 1..n
                problem(sourcePort >= 0 && sourcePort <= from.out(), c.path() + ": no output port " + sourcePort);
                problem(destPort >= 0 && destPort <= to.in(), c.path() + ": no input port " + destPort);
            }
            problem(usedInputs.add(dest + ":" + destPort), c.path() + ": a second connection into one input");
        }
    }

    private void header(Cfg w) {
        String version = w.string("version");
        int index = LOAD_VERSIONS.indexOf(version);
        problem(index >= 0, "workflow.knime: version '" + version + "' is no LoadVersion: KNIME treats it as future");
        problem(index < 0 || index >= LOAD_VERSIONS.indexOf("5.1.0"), "workflow.knime: version '" + version
            + "' predates 5.1.0, whose loader reads workflow-metadata.xml; older versions read workflowset.meta");
        String createdBy = w.string("created_by");
        problem(createdBy != null && OSGI_VERSION.matcher(createdBy).matches(),
            "workflow.knime: created_by '" + createdBy + "' is no OSGi version");
        if (createdBy != null && OSGI_VERSION.matcher(createdBy).matches()) {
            problem(compare(createdBy, FLOOR) <= 0, "workflow.knime: created_by " + createdBy + " is newer than "
                + FLOOR + ": KNIME " + FLOOR + " would ask before loading a workflow from the future");
        }
        problem(!w.bool("created_by_nightly"), "workflow.knime: created_by_nightly must be false");
        w.value("name", "xstring");
        w.config("workflow_credentials");
        if (w.has("authorInformation")) {
            Cfg a = w.config("authorInformation");
            a.string("authored-by");
            a.string("lastEdited-by");
            for (String key : new String[] {"authored-when", "lastEdited-when"}) {
                String date = a.string(key);
                try {
                    if (date != null) {
                        OffsetDateTime.parse(date, AUTHOR_DATE);
                    }
                } catch (DateTimeParseException e) {
                    problems.add("workflow.knime: " + key + " '" + date + "' is not yyyy-MM-dd HH:mm:ss Z");
                }
            }
        }
    }

    /** workflow-metadata.xml against metadata-1.0.xsd's workflow-metadata type. */
    private void metadata() {
        String path = root + "workflow-metadata.xml";
        byte[] b = entries.get(path);
        if (b == null) {
            return; // optional: KNIME then creates empty metadata
        }
        org.w3c.dom.Element e;
        try {
            e = org.lnet.build.SafeXml.documentBuilder().parse(new java.io.ByteArrayInputStream(b))
                .getDocumentElement();
        } catch (Exception ex) {
            problems.add(path + ": " + ex.getMessage());
            return;
        }
        problem("workflow-metadata".equals(e.getLocalName()) && METADATA_NS.equals(e.getNamespaceURI()),
            path + ": root must be workflow-metadata in " + METADATA_NS);
        problem(Set.of("text/plain", "text/html").contains(e.getAttribute("content-type")),
            path + ": content-type must be text/plain or text/html");
        List<String> order = List.of("author", "created", "last-modified", "description", "tags", "links");
        int last = -1;
        Set<String> seen = new HashSet<>();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element c) {
                int i = order.indexOf(c.getLocalName());
                problem(i > last && METADATA_NS.equals(c.getNamespaceURI()), path + ": unexpected " + c.getTagName());
                last = Math.max(last, i);
                seen.add(c.getLocalName());
                if (c.getLocalName().equals("last-modified") || c.getLocalName().equals("created")) {
                    try {
                        OffsetDateTime.parse(c.getTextContent());
                    } catch (DateTimeParseException ex) {
                        problems.add(path + ": " + c.getLocalName() + " is not an xs:dateTime");
                    }
                }
            }
        }
        problem(seen.contains("last-modified") && seen.contains("description"),
            path + ": last-modified and description are required");
    }

    /** One node's settings.xml; returns its ports. */
    private Ports node(String path) {
        Cfg s = read(path);
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String nodeFile = s.string("node_file");
        problem(entries.containsKey(folder + nodeFile), path + ": node_file '" + nodeFile + "' does not exist");
        String state = s.string("state");
        problem(STATES.contains(state), path + ": state '" + state + "' is no InternalNodeContainerState");
        if (s.has("customDescription")) {
            s.value("customDescription", "xstring");
        }
        for (Cfg f : s.config("flow_stack").configs()) {
            f.string("type");
        }
        Cfg misc = s.config("internal_node_subsettings");
        if (misc.has("memory_policy")) {
            problem(MEMORY_POLICIES.contains(misc.string("memory_policy")), path + ": memory_policy is no "
                + "MemoryPolicy");
        }
        if (s.has("model")) {
            s.config("model");
        }
        String factory = s.string("factory");
        if (factory == null) {
            throw new IllegalArgumentException(path + ": factory is null");
        }
        for (String key : new String[] {"node-name", "node-bundle-name", "node-bundle-symbolic-name",
            "node-bundle-vendor"}) {
            s.value(key, "xstring");
        }
        for (String key : new String[] {"node-bundle-version", "node-feature-version"}) {
            String v = s.has(key) ? s.string(key) : "";
            problem(v == null || v.isEmpty() || OSGI_VERSION.matcher(v).matches(), path + ": " + key + " '" + v
                + "' is no OSGi version");
        }
        for (String key : new String[] {"node-feature-name", "node-feature-symbolic-name", "node-feature-vendor"}) {
            if (s.has(key)) {
                s.value(key, "xstring");
            }
        }
        if (s.has("factory_settings")) {
            s.config("factory_settings");
        }
        boolean hasContent = s.bool("hasContent");
        problem(!hasContent || !state.equals("IDLE"), path + ": an IDLE node cannot have content");
        if (s.has("isInactive")) {
            s.bool("isInactive");
        }
        Ports p = ports.apply(factory);
        if (p == null) {
            throw new IllegalArgumentException(path + ": no port facts for factory " + factory);
        }
        if (p.out() > 0) { // FileNodePersistor.loadPorts skips nodes whose only output is the flow-variable port
            for (Cfg port : s.config("ports").configs()) {
                int index = port.integer("index");
                problem(index >= 1 && index <= p.out(), port.path() + ": index " + index + " is no output port");
                String dir = port.string("port_dir_location");
                problem(dir == null || entries.keySet().stream().anyMatch(e -> e.startsWith(folder + dir + "/")),
                    port.path() + ": port_dir_location '" + dir + "' does not exist");
            }
        }
        Cfg fs = s.config("filestores");
        if (fs.string("file_store_location") != null) {
            try {
                UUID.fromString(fs.string("file_store_id"));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(path + ": file_store_id is no UUID");
            }
        }
        return p;
    }

    /** OSGi Version order on major.minor.micro (qualifiers compare as strings; absent parts are 0). */
    static int compare(String a, String b) {
        String[] x = a.split("\\.", 4);
        String[] y = b.split("\\.", 4);
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0,
                i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return (x.length > 3 ? x[3] : "").compareTo(y.length > 3 ? y[3] : "");
    }
}
