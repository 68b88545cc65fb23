package org.lnet.weka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.weka.KfRun;
import org.lnet.weka.TestCsv;
import org.lnet.weka.steps.Steps;

/**
 * The package zip built by the reactor, as a Weka user gets it: its layout, then installed offline with Weka's
 * package manager into a throw-away WEKA_HOME and loaded in fresh JVMs whose classpath has Weka but none of our
 * classes or libraries. There the steps must appear in KnowledgeFlow's palette and example flow (a) must run from
 * the installed package and save the numbers the engine computes.
 */
@Tag("slow")
class PackageInstallIT {

    static final Path ZIP = Path.of(System.getProperty("lnet.weka.zip", "target/missing.zip"));
    static final String PACKAGE = System.getProperty("lnet.weka.package", "LinearNetworks");
    static final Path TARGET = Path.of("target").toAbsolutePath();

    static String childClasspath;

    /** This JVM's classpath without our classes and the libraries the package ships in lib/. */
    @BeforeAll
    static void childClasspath() {
        assertTrue(Files.isRegularFile(ZIP), "the reactor builds the zip before the integration tests: " + ZIP);
        List<String> keep = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            String name = p.getFileName().toString();
            boolean ours = p.endsWith(Path.of("target", "classes"))
                || (p.getParent() != null && p.getParent().equals(TARGET) && name.endsWith(".jar"))
                || name.startsWith("lnet-") || name.startsWith("ejml-") || name.startsWith("commons-math3")
                || name.startsWith("commons-rng") || name.startsWith("jfreechart") || name.startsWith("org.jfree");
            if (!ours) {
                keep.add(entry);
            }
        }
        childClasspath = String.join(File.pathSeparator, keep);
    }

    record Child(int exit, String out, Map<String, List<String>> results) {
        String one(String key) {
            List<String> v = results.get(key);
            assertNotNull(v, "no RESULT " + key + " in:\n" + out);
            return v.get(0);
        }
    }

    static Child run(Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.awt.headless=true", "-DWEKA_HOME=" + home, "-Dweka.packageManager.offline=true"));
        // Weka's netlib-java choices, as the pom sets them for this JVM
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("com.github.fommil.netlib."))
            .sorted().forEach(k -> cmd.add("-D" + k + "=" + System.getProperty(k)));
        Collections.addAll(cmd, "-cp", childClasspath, PackageMain.class.getName());
        Collections.addAll(cmd, args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("WEKA_HOME");
        Process p = pb.start();
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM hangs");
        String out = new String(bytes, StandardCharsets.UTF_8);
        Map<String, List<String>> results = new LinkedHashMap<>();
        for (String line : out.split("\r?\n")) {
            if (line.startsWith("RESULT ")) {
                int eq = line.indexOf('=');
                results.computeIfAbsent(line.substring(7, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
            }
        }
        System.out.println("---- child " + String.join(" ", args) + " (exit " + p.exitValue() + ")\n" + out);
        return new Child(p.exitValue(), out, results);
    }

    static Path fresh(String name) throws IOException {
        return KfRun.freshDir(name);
    }

    @Test
    void zipHoldsTheDescriptionTheStepsJarAtTheRootAndTheLibraries() throws IOException {
        TreeSet<String> entries = new TreeSet<>();
        try (ZipFile z = new ZipFile(ZIP.toFile())) {
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.add(e.getName()));
            Properties desc = new Properties();
            desc.load(z.getInputStream(z.getEntry("Description.props")));
            assertEquals(PACKAGE, desc.getProperty("PackageName"));
            String version = System.getProperty("lnet.project.version", "").replace("-SNAPSHOT", "");
            assertEquals(version, desc.getProperty("Version"), "the project's version, without -SNAPSHOT");
            assertEquals("weka (>=3.8.0)", desc.getProperty("Depends"));
            assertTrue(desc.getProperty("Date").matches("\\d{4}-\\d{2}-\\d{2}"), desc.getProperty("Date"));
            for (String key : List.of("Title", "Category", "Author", "Maintainer", "License", "Description",
                "PackageURL", "URL")) {
                assertFalse(desc.getProperty(key, "").isBlank(), key);
            }
            // Weka's package manager downloads PackageURL to install or upgrade: it must name this zip, not a paper
            java.net.URL packageUrl = new java.net.URL(desc.getProperty("PackageURL"));
            assertTrue(packageUrl.getPath().endsWith(ZIP.getFileName().toString()), packageUrl.toString());
            Properties plugins = new Properties();
            plugins.load(z.getInputStream(z.getEntry("PluginManager.props")));
            assertEquals(Steps.ALL.stream().map(Class::getName).toList(),
                List.of(plugins.getProperty("weka.knowledgeflow.steps.Step").split(",")));
            List<String> jar = new ArrayList<>();
            try (JarInputStream in = new JarInputStream(z.getInputStream(z.getEntry(PACKAGE + ".jar")))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    jar.add(e.getName());
                }
            }
            for (Class<?> c : Steps.ALL) {
                assertTrue(jar.contains(c.getName().replace('.', '/') + ".class"), c.getName());
            }
            assertTrue(jar.contains("org/lnet/weka/icons/GradientFlowTrainer.png"), jar.toString());
            assertTrue(jar.stream().noneMatch(n -> n.startsWith("org/lnet/weka/build/") || n.startsWith("org/lnet/node/")),
                "no build tools, no engine classes in the steps jar: " + jar);
        }
        assertEquals(new TreeSet<>(List.of("Description.props", "LICENSE", "PluginManager.props", PACKAGE + ".jar",
            "lib/lnet-engine.jar", "lib/lnet-node.jar", "lib/lnet-charts.jar", "lib/ejml-core.jar", "lib/ejml-ddense.jar",
            "lib/commons-math3.jar", "lib/commons-rng-client-api.jar", "lib/commons-rng-core.jar",
            "lib/commons-rng-simple.jar", "lib/commons-rng-sampling.jar", "lib/jfreechart.jar",
            "lib/org.jfree.svg.jar")), entries, "Weka itself and build-time tools are not shipped");
    }

    @Test
    void installedOfflineTheStepsAreInThePaletteAndExampleFlowRunsFromThePackage() throws Exception {
        Path home = fresh("it-weka-home");
        Child install = run(home, "install", ZIP.toString());
        assertEquals(0, install.exit(), install.out());
        assertEquals("true", install.one("offline"));
        assertEquals(PACKAGE, install.one("installed"));
        assertTrue(install.one("packageFiles").contains(PACKAGE + ".jar, PluginManager.props, "
            + "lib/commons-math3.jar"), install.one("packageFiles"));
        assertEquals("[" + PACKAGE + ":" + System.getProperty("lnet.weka.package.version") + "]",
            install.one("installedPackages"));
        assertEquals("0", install.one("network.attempts"), "offline: " + install.out());
        assertFalse(install.out().contains("netlib"), "no netlib-java warnings: " + install.out());

        Path out = fresh("it-weka-flow-output");
        Child run = run(home, "load-and-run", KfRun.EXAMPLES.resolve("LinearNetworks_MinNorm_vs_Trained.kf").toString(),
            KfRun.EXAMPLES.resolve("data").toString(), out.toString());
        assertEquals(0, run.exit(), run.out());
        assertEquals(Steps.ALL.stream().map(Class::getName).sorted().toList().toString(), run.one("plugins"));
        assertEquals("weka.core.WekaPackageLibIsolatingClassLoader", run.one("step.classloader"));
        assertEquals("false", run.one("step.onAppClasspath"));
        assertEquals("false", run.one("engine.onAppClasspath"), "the engine comes from the package only");
        assertEquals("false", run.one("node.onAppClasspath"), "the node layer comes from the package only");
        String lib = "/packages/" + PACKAGE + "/lib/";
        assertEquals("false", run.one("node.onAppClasspath"), "the node layer comes from the package only");
        assertTrue(run.one("engine.location").endsWith(lib + "lnet-engine.jar"), run.one("engine.location"));
        assertTrue(run.one("node.location").endsWith(lib + "lnet-node.jar"), run.one("node.location"));
        assertTrue(run.one("jfreechart.location").endsWith(lib + "jfreechart.jar"), run.one("jfreechart.location"));
        assertEquals("[Balanced Initializer, Bound Evaluator, Gradient Flow Trainer, Linear Network Predictor, "
            + "Min-Norm Regression, Random Initializer, Wide Network Trainer, Wide Network Width Sweep, Width Sweep]",
            run.one("palette"));
        assertTrue(run.results().get("palette.tip").stream().anyMatch(t -> t.startsWith("Min-Norm Regression|")
            && t.contains("X^+ Y")), run.results().get("palette.tip").toString());
        assertEquals("false", run.one("flow.wasStopped"));
        assertEquals("0", run.one("flow.errors"));
        assertEquals("bounds.csv,linear_regression.txt,predictions.csv,theta_hat.csv,trajectory.csv,"
            + "trajectory.png,trajectory_exact.txt", run.one("flow.outputs"));
        assertEquals("0", run.one("network.attempts"), "offline: " + run.out());
        assertFalse(run.out().contains("netlib"), "no netlib-java warnings (Weka's LinearRegression runs): "
            + run.out());

        // the numbers, as in the in-process test: Θ̂ = X⁺Y, and the trained network at Θ̂
        TestCsv csv = TestCsv.read(KfRun.EXAMPLES.resolve("data/regression.csv"));
        List<String> inputs = List.of("x1", "x2", "x3", "x4", "x5", "x6", "one");
        DMatrixRMaj expected = DataDecomposition.of(csv.matrix(inputs), csv.matrix(List.of("y"))).minNormSolution();
        TestCsv theta = TestCsv.read(out.resolve("theta_hat.csv"));
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(expected.get(i, 0), theta.value(i, "y"), 1e-14, inputs.get(i));
        }
        TestCsv trajectory = TestCsv.read(out.resolve("trajectory_exact.txt"));
        assertTrue(trajectory.value(trajectory.rows.size() - 1, "distanceToMinNorm") < 1e-8);
    }
}
