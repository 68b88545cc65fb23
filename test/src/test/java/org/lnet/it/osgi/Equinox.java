package org.lnet.it.osgi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * A real Equinox framework (org.eclipse.platform:org.eclipse.osgi from Maven Central) in a throw-away storage area,
 * started on construction and stopped (its storage deleted) on close.
 */
public final class Equinox implements AutoCloseable {

    private final Path storage;
    private final Framework framework;

    public Equinox() throws IOException, BundleException {
        this(Map.of());
    }

    /** @param extra further framework properties (e.g. for p2's bundles) */
    public Equinox(Map<String, String> extra) throws IOException, BundleException {
        storage = Files.createTempDirectory("lnet-equinox");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // keep each framework's settings to itself (several run in this JVM, one after the other)
        config.put("osgi.framework.useSystemProperties", "false");
        // org.osgi.framework.system.packages stays unset: Equinox then exports the running JDK's packages
        config.putAll(extra);
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
    }

    public Framework framework() {
        return framework;
    }

    public Path storage() {
        return storage;
    }

    public Bundle install(String location, byte[] jar) throws BundleException {
        return framework.getBundleContext().installBundle(location, new ByteArrayInputStream(jar));
    }

    /**
     * Asks the framework's resolver to resolve the bundle; true if it is resolved afterwards: RESOLVED, or STARTING
     * for a bundle with Bundle-ActivationPolicy lazy, which Equinox (as in Eclipse and KNIME) starts on install with
     * its activation policy, so that it waits for its first class load.
     */
    public boolean resolve(Bundle bundle) {
        framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
        return (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0;
    }

    /** The resolver's explanation for an unresolved bundle (Equinox puts it into the start failure). */
    public static String whyUnresolved(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return bundle.getSymbolicName() + " started although it was not resolved";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } finally {
            try (Stream<Path> files = Files.walk(storage)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
