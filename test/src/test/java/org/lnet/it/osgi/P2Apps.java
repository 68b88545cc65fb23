package org.lnet.it.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.core.runtime.adaptor.EclipseStarter;

/**
 * Runs Eclipse applications of the p2 bundles in a directory one after the other, each in a fresh Equinox started
 * by EclipseStarter, as the Eclipse launcher does for {@code eclipse -application <id> <args>}. Run in a JVM of
 * its own (EclipseStarter keeps global state).
 *
 * <pre>java -cp org.eclipse.osgi.jar:test-classes org.lnet.it.osgi.P2Apps work-dir bundle-dir
 *      --app id args... [--app id args...]</pre>
 *
 * Prints "EXIT i code" after application i.
 */
public final class P2Apps {

    private P2Apps() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        String bundles = osgiBundles(Path.of(args[1]));
        List<List<String>> runs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--app")) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(args[i]);
        }
        // EclipseStarter records its configuration in the system properties: each run starts from the JVM's own
        java.util.Properties jvm = (java.util.Properties) System.getProperties().clone();
        for (int i = 0; i < runs.size(); i++) {
            System.setProperties((java.util.Properties) jvm.clone());
            List<String> run = runs.get(i);
            Path area = work.resolve("configuration-" + i);
            Map<String, String> p = new HashMap<>();
            p.put("osgi.configuration.area", area.toUri().toString());
            p.put("osgi.instance.area", area.resolve("instance").toUri().toString());
            p.put("osgi.install.area", area.toUri().toString());
            p.put("osgi.bundles", bundles);
            p.put("osgi.bundles.defaultStartLevel", "4");
            p.put("eclipse.application", run.get(1));
            p.put("eclipse.consoleLog", "true");
            p.put("osgi.noShutdown", "false");
            EclipseStarter.setInitialProperties(p);
            Object exit = EclipseStarter.run(run.subList(2, run.size()).toArray(String[]::new), null);
            EclipseStarter.shutdown();
            System.out.println("EXIT " + i + " " + exit);
        }
        System.exit(0);
    }

    /** osgi.bundles for every jar in the directory: DS, equinox.common and core.runtime started, as in Eclipse. */
    static String osgiBundles(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> jars = Files.list(dir)) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
                String name = symbolicName(jar);
                String start = switch (name) {
                    case "org.apache.felix.scr" -> "@1:start";
                    case "org.eclipse.equinox.common" -> "@2:start";
                    case "org.eclipse.core.runtime" -> "@start";
                    default -> "";
                };
                b.append(b.length() == 0 ? "" : ",").append("reference:").append(jar.toUri()).append(start);
            }
        }
        return b.toString();
    }

    private static String symbolicName(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile()); InputStream in = f.getInputStream(f.getEntry("META-INF/MANIFEST.MF"))) {
            String v = new java.util.jar.Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
            return v == null ? "" : v.split(";", 2)[0].trim();
        }
    }
}
