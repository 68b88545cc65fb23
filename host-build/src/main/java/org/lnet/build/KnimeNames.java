package org.lnet.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.lnet.node.LinearNetworkNode;

/**
 * How the KNIME host names things, derived from the node layer so the plugin's classes, its plugin.xml, the
 * generated descriptions and the example workflows agree: node "GradientFlowTrainer" lives in package
 * org.lnet.knime.gradientflowtrainer with GradientFlowTrainerNodeFactory/Model/Dialog.
 */
public final class KnimeNames {

    /** Package of the plugin's classes. */
    public static final String ROOT_PACKAGE = "org.lnet.knime";
    /** Category path of the nodes: KNIME's "/community" is open to third parties, "/analytics" is locked. */
    public static final String CATEGORY_PARENT = "/community";
    public static final String CATEGORY_LEVEL = "linearnetworks";
    /** Port type name shown in KNIME. */
    public static final String PORT_TYPE_NAME = "Linear Network";
    public static final String PORT_OBJECT_CLASS = ROOT_PACKAGE + ".port.LinearNetworkPortObject";
    public static final String PORT_SPEC_CLASS = ROOT_PACKAGE + ".port.LinearNetworkPortObjectSpec";

    private static final Properties BUNDLE = load();

    private KnimeNames() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = KnimeNames.class.getResourceAsStream("bundle.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A value of the bundle identity (bundle.symbolicName, bundle.version, feature.id, ...). */
    public static String bundle(String key) {
        String v = BUNDLE.getProperty(key);
        if (v == null || v.contains("${")) {
            throw new IllegalStateException("bundle property " + key + " not set (" + v + ")");
        }
        return v;
    }

    public static String packageOf(LinearNetworkNode<?> node) {
        return ROOT_PACKAGE + "." + node.info().id().toLowerCase(Locale.ROOT);
    }

    /** Fully qualified factory class name. */
    public static String factoryClass(LinearNetworkNode<?> node) {
        return packageOf(node) + "." + node.info().id() + "NodeFactory";
    }

    /** Path of a class-relative resource of the factory's package, e.g. "org/lnet/knime/x/XNodeFactory.xml". */
    public static String resourcePath(LinearNetworkNode<?> node, String file) {
        return packageOf(node).replace('.', '/') + "/" + file;
    }

    public static String descriptionFile(LinearNetworkNode<?> node) {
        return node.info().id() + "NodeFactory.xml";
    }

    public static String iconFile(LinearNetworkNode<?> node) {
        return node.info().id() + ".png";
    }
}
