package org.lnet.it.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lnet.it.Artifacts;

/**
 * The layering, read from the compiled classes by the JDK's own dependency analyser ({@code jdeps}, not our code):
 * the engine and the node layer refer to no host, the node layer only to the engine and the engine's libraries, and
 * no two packages of ours depend on each other in a cycle.
 */
class ArchitectureTest {

    /** Our modules whose classes are analysed, with the directory of their compiled main classes. */
    private static final List<String> MODULES = List.of("engine", "node", "charts", "cli", "plugin", "weka", "spark",
        "host-build");

    /**
     * Package prefixes by what a reader calls them in docs/ARCHITECTURE.md, most specific first; the JDK's packages
     * by their module.
     */
    private static final List<String[]> NAMES = List.of(new String[] {"org.lnet.engine", "engine"},
        new String[] {"org.lnet.node", "node"}, new String[] {"org.lnet.charts", "charts"},
        new String[] {"org.lnet.cli", "cli"}, new String[] {"org.lnet.build", "host-build"},
        new String[] {"org.lnet.knime", "plugin"}, new String[] {"org.lnet.weka", "weka"},
        new String[] {"org.lnet.spark", "spark"}, new String[] {"org.ejml", "EJML"},
        new String[] {"org.apache.commons.math3", "Commons Math"}, new String[] {"org.apache.commons.rng", "Commons RNG"},
        new String[] {"org.jfree.svg", "JFreeSVG"}, new String[] {"org.jfree", "JFreeChart"},
        new String[] {"org.knime", "KNIME"}, new String[] {"weka", "Weka"}, new String[] {"org.apache.spark", "Spark"},
        new String[] {"scala", "Scala"}, new String[] {"org.apache.hadoop", "Hadoop"},
        new String[] {"com.fasterxml.jackson", "Jackson"},
        new String[] {"ch.randelshofer.fastdoubleparser", "FastDoubleParser"}, new String[] {"java.awt", "java.desktop"},
        new String[] {"javax.swing", "java.desktop"}, new String[] {"java.beans", "java.desktop"},
        new String[] {"javax.imageio", "java.desktop"}, new String[] {"javax.xml", "java.xml"},
        new String[] {"org.w3c", "java.xml"}, new String[] {"org.xml", "java.xml"});

    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+(.*)$");

    /** Package of ours → packages it refers to (all targets, ours and others). */
    private static final Map<String, Set<String>> EDGES = new TreeMap<>();

    @BeforeAll
    static void analyse() {
        Path root = Artifacts.path("lnet.repo.root");
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "-verbose:package"));
        for (String m : MODULES) {
            Path classes = root.resolve(m).resolve("target/classes");
            assertTrue(Files.isDirectory(classes), classes + " not built");
            args.add(classes.toString());
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
        assertEquals(0, rc, "jdeps failed: " + err);
        for (String line : out.toString().split("\n")) {
            Matcher e = EDGE.matcher(line);
            if (e.matches() && e.group(1).startsWith("org.lnet.")) {
                EDGES.computeIfAbsent(e.group(1), k -> new TreeSet<>()).add(e.group(2));
            }
        }
        assertTrue(EDGES.containsKey("org.lnet.engine.train") && EDGES.containsKey("org.lnet.node.nodes")
            && EDGES.containsKey("org.lnet.cli"), "jdeps saw too little: " + EDGES.keySet());
    }

    @Test
    void engineUsesOnlyTheJdkAndItsMathLibraries() {
        assertOnly("org.lnet.engine", List.of("java", "org.ejml", "org.apache.commons.math3", "org.apache.commons.rng",
            "org.lnet.engine"));
    }

    @Test
    void nodeLayerUsesOnlyTheEngine() {
        assertOnly("org.lnet.node", List.of("java", "org.ejml", "org.apache.commons.math3", "org.apache.commons.rng",
            "org.lnet.engine", "org.lnet.node"));
    }

    @Test
    void noPackageCycles() {
        Map<String, Set<String>> ours = new TreeMap<>();
        EDGES.forEach((from, to) -> ours.put(from, to.stream().filter(EDGES::containsKey)
            .filter(t -> !t.equals(from)).collect(TreeSet::new, Set::add, Set::addAll)));
        List<Set<String>> cycles = new Tarjan(ours).cycles();
        assertTrue(cycles.isEmpty(), "package cycles: " + cycles);
    }

    /**
     * docs/ARCHITECTURE.md shows the module graph as jdeps measures it (what each module's classes refer to, the
     * JDK's base module left out): a check that the document is current, the graph itself is jdeps' finding.
     */
    @Test
    void architectureDocShowsTheMeasuredModuleGraph() throws Exception {
        Map<String, Set<String>> modules = new TreeMap<>();
        EDGES.forEach((from, to) -> {
            String m = name(from);
            Set<String> deps = modules.computeIfAbsent(m, k -> new TreeSet<>());
            to.stream().map(ArchitectureTest::name).filter(t -> !t.equals(m) && !t.equals("java.base"))
                .forEach(deps::add);
        });
        StringBuilder graph = new StringBuilder();
        for (String m : MODULES) {
            graph.append(String.format("%-12s -> %s%n", m, String.join(", ", modules.getOrDefault(m, Set.of()))));
        }
        String doc = Files.readString(Artifacts.path("lnet.repo.root").resolve("docs/ARCHITECTURE.md"));
        assertTrue(doc.contains(graph.toString()), "docs/ARCHITECTURE.md should show the measured graph:\n" + graph);
    }

    private static String name(String pkg) {
        for (String[] n : NAMES) {
            if (pkg.equals(n[0]) || pkg.startsWith(n[0] + ".")) {
                return n[1];
            }
        }
        return pkg.startsWith("java.") || pkg.startsWith("javax.") ? "java.base" : pkg;
    }

    /** Every package of {@code layer} (and below) refers only to the given packages and those below them. */
    private static void assertOnly(String layer, List<String> allowed) {
        List<String> bad = new ArrayList<>();
        EDGES.forEach((from, to) -> {
            if (from.equals(layer) || from.startsWith(layer + ".")) {
                for (String t : to) {
                    if (allowed.stream().noneMatch(a -> t.equals(a) || t.startsWith(a + "."))) {
                        bad.add(from + " -> " + t);
                    }
                }
            }
        });
        assertTrue(EDGES.keySet().stream().anyMatch(p -> p.startsWith(layer)), "no package " + layer + " seen");
        assertTrue(bad.isEmpty(), layer + " refers to what it may not: " + bad);
    }

    /** Strongly connected components of more than one package (Tarjan's algorithm). */
    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> low = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> found = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> cycles() {
            for (String v : graph.keySet()) {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            }
            return found;
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.add(v);
            onStack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<String> component = new TreeSet<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    found.add(component);
                }
            }
        }
    }
}
