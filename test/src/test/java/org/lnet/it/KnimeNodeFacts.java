package org.lnet.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recorded facts about KNIME's own nodes (resource knime-nodes.facts: the format is described at its top), read
 * from KNIME's public sources at the floor release and at the newest commit, with the files they come from.
 */
final class KnimeNodeFacts {

    /** The two releases every fact is recorded for. */
    static final List<String> RELEASES = List.of("5.1.0", "HEAD");
    static final Set<String> STATUSES = Set.of("required", "optional", "legacy", "absent");

    /** A source file: release, repository (github.com/knime/...), path in it. */
    record Source(String release, String repository, String path) {
    }

    /** A settings key of the node's "model" config; statuses by release. */
    record Key(String path, String type, Map<String, String> status) {
    }

    record Node(String name, String factory, String bundleSymbolicName, String bundleName, String bundleVendor,
                String featureSymbolicName, String featureName, int inPorts, int outPorts, List<Source> sources,
                List<Key> keys) {
    }

    /** Repository to the commit that "HEAD" stands for. */
    final Map<String, String> heads = new LinkedHashMap<>();
    /** By factory class. */
    final Map<String, Node> nodes = new LinkedHashMap<>();

    private KnimeNodeFacts() {
    }

    static KnimeNodeFacts load() {
        try (InputStream in = KnimeNodeFacts.class.getResourceAsStream("knime-nodes.facts")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder {
        String name;
        String factory;
        String[] bundle;
        String[] feature;
        int[] ports;
        final List<Source> sources = new ArrayList<>();
        final List<Key> keys = new ArrayList<>();

        Node build() {
            if (factory == null || bundle == null || feature == null || ports == null) {
                throw new IllegalStateException("knime-nodes.facts: node " + name + " lacks factory, bundle, feature"
                    + " or ports");
            }
            return new Node(name, factory, bundle[0], bundle[1], bundle[2], feature[0], feature[1], ports[0],
                ports[1], List.copyOf(sources), List.copyOf(keys));
        }
    }

    static KnimeNodeFacts parse(String text) {
        KnimeNodeFacts facts = new KnimeNodeFacts();
        Builder b = null;
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] w = line.split("\\s+");
            String rest = line.substring(w[0].length()).strip();
            switch (w[0]) {
                case "head" -> facts.heads.put(w[1], w[2]);
                case "node" -> {
                    if (b != null) {
                        facts.add(b.build());
                    }
                    b = new Builder();
                    b.name = rest;
                }
                case "factory" -> b.factory = rest;
                case "bundle" -> b.bundle = split(rest, 3, lineNo);
                case "feature" -> b.feature = split(rest, 2, lineNo);
                case "ports" -> b.ports = new int[] {Integer.parseInt(w[1]), Integer.parseInt(w[2])};
                case "source" -> {
                    if (!RELEASES.contains(w[1])) {
                        throw new IllegalStateException("knime-nodes.facts:" + lineNo + ": unknown release " + w[1]);
                    }
                    b.sources.add(new Source(w[1], w[2], w[3]));
                }
                case "saved" -> {
                    // a settings file KNIME saved; only the developer script compares with it
                }
                case "key" -> {
                    if (w.length != 5 || !STATUSES.contains(w[3]) || !STATUSES.contains(w[4])) {
                        throw new IllegalStateException("knime-nodes.facts:" + lineNo + ": bad key line");
                    }
                    b.keys.add(new Key(w[1], w[2], Map.of("5.1.0", w[3], "HEAD", w[4])));
                }
                default -> throw new IllegalStateException("knime-nodes.facts:" + lineNo + ": unknown line " + line);
            }
        }
        if (b != null) {
            facts.add(b.build());
        }
        return facts;
    }

    private void add(Node n) {
        if (nodes.put(n.factory(), n) != null) {
            throw new IllegalStateException("knime-nodes.facts: " + n.factory() + " recorded twice");
        }
    }

    private static String[] split(String s, int parts, int lineNo) {
        String[] p = s.split("\\|");
        if (p.length != parts) {
            throw new IllegalStateException("knime-nodes.facts:" + lineNo + ": expected " + parts + " parts: " + s);
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i].strip();
        }
        return p;
    }
}
