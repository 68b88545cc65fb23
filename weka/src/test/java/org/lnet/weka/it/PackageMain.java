package org.lnet.weka.it;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.tree.DefaultMutableTreeNode;

/**
 * Runs in a child JVM started by {@link PackageInstallIT}: Weka on the classpath, our classes and libraries not, so
 * the steps can only come from the installed package. Prints "RESULT key=value" lines; exits 0 on success.
 *
 * <p>Weka reads WEKA_HOME and the offline flag when its classes load, so they are JVM options of the child
 * (-DWEKA_HOME=..., -Dweka.packageManager.offline=true). Every network connection goes to a local fake proxy that
 * records the request and hangs up, so the test sees any attempt and nothing leaves the machine.
 *
 * <p>Modes: {@code install <zip>}; {@code load-and-run <flow.kf> <data dir> <output dir>}.
 */
public final class PackageMain {

    static final List<String> NETWORK = Collections.synchronizedList(new ArrayList<>());

    private PackageMain() {
    }

    static void result(String key, Object value) {
        System.out.println("RESULT " + key + "=" + value);
    }

    public static void main(String[] args) throws Exception {
        guardNetwork();
        try {
            switch (args[0]) {
                case "install" -> install(args[1]);
                case "load-and-run" -> loadAndRun(new File(args[1]), args[2], args[3]);
                default -> throw new IllegalArgumentException(args[0]);
            }
        } finally {
            drainProxy();
            result("network.attempts", NETWORK.size());
            for (String r : NETWORK) {
                result("network.request", r);
            }
        }
        System.exit(0); // KnowledgeFlow's executor threads are not daemons
    }

    /** The line the proxy receives last: not a request of Weka's, so not recorded. */
    private static final String DRAIN = "LNET-DRAIN";
    private static int proxyPort;

    /**
     * Waits until the fake proxy has recorded every connection made before this call: it serves connections one at a
     * time in the order they arrive, so once it has answered this last one (by hanging up), all earlier ones are in
     * {@link #NETWORK}. An event, not a delay; the socket timeout only guards against a proxy that never answers.
     */
    static void drainProxy() throws IOException {
        try (Socket s = new Socket(Proxy.NO_PROXY)) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxyPort), 60_000);
            s.setSoTimeout(60_000);
            s.getOutputStream().write((DRAIN + "\n").getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            if (s.getInputStream().read() != -1) {
                throw new IOException("the fake proxy answered instead of hanging up");
            }
        }
    }

    static void guardNetwork() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        proxyPort = server.getLocalPort();
        Thread t = new Thread(() -> {
            while (true) {
                try (Socket s = server.accept()) {
                    // a request line ends at its first line break; read up to it (or 64 bytes), never waiting for more
                    StringBuilder line = new StringBuilder();
                    java.io.InputStream in = s.getInputStream();
                    for (int b = in.read(); b >= 0 && b != '\n' && line.length() < 64; b = in.read()) {
                        line.append((char) b);
                    }
                    String request = line.toString().strip();
                    if (!request.equals(DRAIN)) {
                        NETWORK.add(request);
                    }
                } catch (IOException e) {
                    // next connection
                }
            }
        }, "fake-proxy");
        t.setDaemon(true);
        t.start();
        Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(),
            server.getLocalPort()));
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(proxy);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                // recorded by the proxy
            }
        });
    }

    static void install(String zip) throws Exception {
        result("offline", weka.core.WekaPackageManager.m_offline);
        result("WEKA_HOME", weka.core.WekaPackageManager.WEKA_HOME.getAbsolutePath());
        String name = weka.core.WekaPackageManager.installPackageFromArchive(zip, System.out);
        result("installed", name);
        Path dir = new File(weka.core.WekaPackageManager.PACKAGES_DIR, name).toPath();
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> files.add(dir.relativize(p).toString()));
        }
        Collections.sort(files);
        result("packageFiles", files);
        result("plugins", weka.core.PluginManager.getPluginNamesOfType("weka.knowledgeflow.steps.Step"));
        List<String> installed = new ArrayList<>();
        for (weka.core.packageManagement.Package p : weka.core.WekaPackageManager.getInstalledPackages()) {
            installed.add(p.getName() + ":" + p.getPackageMetaDataElement("Version"));
        }
        result("installedPackages", installed);
    }

    static void loadAndRun(File flowFile, String data, String out) throws Exception {
        result("offline", weka.core.WekaPackageManager.m_offline);
        // verbose, avoid triggering a full class discovery, refresh GOE properties
        weka.core.WekaPackageManager.loadPackages(false, true, false);
        List<String> plugins = new ArrayList<>(
            weka.core.PluginManager.getPluginNamesOfType("weka.knowledgeflow.steps.Step"));
        plugins.removeIf(p -> !p.startsWith("org.lnet."));
        Collections.sort(plugins);
        result("plugins", plugins);

        Class<?> step = weka.core.WekaPackageClassLoaderManager.forName("org.lnet.weka.steps.GradientFlowTrainerStep");
        result("step.classloader", step.getClassLoader().getClass().getName());
        result("step.onAppClasspath", visible("org.lnet.weka.steps.GradientFlowTrainerStep"));
        result("engine.onAppClasspath", visible("org.lnet.engine.train.Trainer"));
        result("node.onAppClasspath", visible("org.lnet.node.nodes.Nodes"));
        Class<?> engine = Class.forName("org.lnet.engine.train.Trainer", false, step.getClassLoader());
        result("engine.location", engine.getProtectionDomain().getCodeSource().getLocation());
        Class<?> node = Class.forName("org.lnet.node.nodes.Nodes", false, step.getClassLoader());
        result("node.location", node.getProtectionDomain().getCodeSource().getLocation());
        Class<?> chart = Class.forName("org.jfree.chart.JFreeChart", false, step.getClassLoader());
        result("jfreechart.location", chart.getProtectionDomain().getCodeSource().getLocation());

        weka.gui.knowledgeflow.StepTree tree = new weka.gui.knowledgeflow.StepTree(null);
        DefaultMutableTreeNode root = (DefaultMutableTreeNode) tree.getModel().getRoot();
        List<String> palette = new ArrayList<>();
        for (Enumeration<?> e = root.children(); e.hasMoreElements();) {
            DefaultMutableTreeNode folder = (DefaultMutableTreeNode) e.nextElement();
            if (folder.getUserObject().toString().equals("Linear Networks")) {
                for (Enumeration<?> l = folder.children(); l.hasMoreElements();) {
                    weka.gui.knowledgeflow.StepTreeLeafDetails d = (weka.gui.knowledgeflow.StepTreeLeafDetails)
                        ((DefaultMutableTreeNode) l.nextElement()).getUserObject();
                    palette.add(d.toString());
                    result("palette.tip", d.toString() + "|" + d.getToolTipText().replace('\n', ' '));
                }
            }
        }
        Collections.sort(palette);
        result("palette", palette);

        weka.knowledgeflow.Flow flow = weka.knowledgeflow.Flow.loadFlow(flowFile,
            new weka.knowledgeflow.FlowRunner.SimpleLogger());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        weka.knowledgeflow.FlowRunner runner = new weka.knowledgeflow.FlowRunner();
        runner.setLogger(new weka.gui.Logger() {
            @Override
            public void logMessage(String m) {
                System.out.println("KF " + m);
                if (m.startsWith("[ERROR]")) {
                    errors.add(m);
                }
            }

            @Override
            public void statusMessage(String m) {
                // the log says it
            }
        });
        weka.core.Environment env = new weka.core.Environment();
        env.addVariable("lnet.data", data);
        env.addVariable("lnet.out", out);
        runner.setEnvironment(env);
        runner.setFlow(flow);
        runner.run();
        runner.waitUntilFinished();
        result("flow.wasStopped", runner.wasStopped());
        result("flow.errors", errors.size());
        String[] produced = new File(out).list();
        java.util.Arrays.sort(produced);
        result("flow.outputs", String.join(",", produced));
        if (runner.wasStopped() || !errors.isEmpty()) {
            System.exit(3);
        }
    }

    private static boolean visible(String className) {
        try {
            Class.forName(className, false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
