package org.lnet.build;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.Parameter;
import org.lnet.node.SettingsStore;
import org.lnet.node.nodes.Nodes;

/**
 * Build step of the Weka module (run by exec-maven-plugin before compilation): writes, from the node layer, one
 * KnowledgeFlow step class per node, the list of them ({@code Steps}), the package's {@code PluginManager.props} and
 * the step icons. The classes must exist as source because KnowledgeFlow instantiates a step by its class name (in
 * PluginManager.props and in every saved .kf flow) and edits and saves its settings as JavaBean properties, which
 * {@code java.beans.Introspector} finds only as real {@code getX}/{@code setX} methods. Each generated class is a
 * constructor and one getter/setter pair per parameter, named by its settings key and delegating to
 * {@code LnetStep}; all behaviour is in {@code LnetStep} and the node layer.
 *
 * <p>Usage: {@code WekaSteps <generated sources directory> <package files directory> <classes directory>}
 */
public final class WekaSteps {

    /** Package of the generated step classes; their names are {@code <node id>Step}, kept by saved flows. */
    public static final String PACKAGE = "org.lnet.weka.steps";

    /**
     * Nodes not offered as steps: they exchange several tables at once, which one {@code dataSet} connection per
     * step cannot carry.
     */
    public static final Set<String> NOT_IN_WEKA = Set.of("NetworkToTable", "TableToNetwork");

    /** Pixels; KnowledgeFlow draws step icons at their size on the canvas and a third of it in the palette. */
    public static final int ICON_SIZE = 56;

    private WekaSteps() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException(
                "usage: WekaSteps <generated sources directory> <package files directory> <classes directory>");
        }
        System.setProperty("java.awt.headless", "true");
        Path sources = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(sources);
        for (LinearNetworkNode<?> node : nodes()) {
            Files.writeString(sources.resolve(className(node) + ".java"), stepClass(node), StandardCharsets.UTF_8);
            int[] style = GeneratePluginResources.ICONS.get(node.info().id());
            if (style == null) {
                throw new IllegalStateException("no icon defined for node " + node.info().id());
            }
            Path icon = Path.of(args[2]).resolve(iconPath(node));
            Files.createDirectories(icon.getParent());
            Files.write(icon, NodeIcons.png(style[0], style[1], ICON_SIZE));
        }
        Files.writeString(sources.resolve("Steps.java"), stepsClass(), StandardCharsets.UTF_8);
        Path props = Path.of(args[1]).resolve("PluginManager.props");
        Files.createDirectories(props.getParent());
        Files.writeString(props, pluginManagerProps(), StandardCharsets.ISO_8859_1);
    }

    /** The nodes offered as steps, in the node layer's order. */
    public static List<LinearNetworkNode<?>> nodes() {
        return Nodes.all().stream().filter(n -> !NOT_IN_WEKA.contains(n.info().id())).toList();
    }

    static String className(LinearNetworkNode<?> node) {
        return node.info().id() + "Step";
    }

    /** The classpath path of a step's icon, as its {@code @KFStep} names it. */
    public static String iconPath(LinearNetworkNode<?> node) {
        return "org/lnet/weka/icons/" + node.info().id() + ".png";
    }

    /** The bean property methods' suffix; the Introspector must give the key back, or the .kf property would differ. */
    static String property(Parameter p) {
        String suffix = p.key().substring(0, 1).toUpperCase(Locale.ROOT) + p.key().substring(1);
        if (!Introspector.decapitalize(suffix).equals(p.key())) {
            throw new IllegalStateException("setting key '" + p.key() + "' cannot be a bean property name");
        }
        return suffix;
    }

    /** The node's settings record, as its {@code load} declares it. */
    static String settingsType(LinearNetworkNode<?> node) {
        try {
            return node.getClass().getMethod("load", SettingsStore.class).getReturnType().getCanonicalName();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(node.info().id() + " has no load(SettingsStore)", e);
        }
    }

    static String stepClass(LinearNetworkNode<?> node) {
        StringBuilder s = new StringBuilder();
        String id = node.info().id();
        s.append("package ").append(PACKAGE).append(";\n\n")
            .append("/** KnowledgeFlow step of the node layer's ").append(node.getClass().getSimpleName())
            .append(": its settings as bean properties. Generated by ").append(WekaSteps.class.getName())
            .append(". */\n")
            .append("@weka.knowledgeflow.steps.KFStep(name = ").append(literal(node.info().name()))
            .append(", category = ").append(Nodes.class.getName()).append(".CATEGORY")
            .append(",\n    toolTipText = ").append(literal(node.info().shortDescription()))
            .append(",\n    iconPath = ").append(literal(iconPath(node))).append(")\n")
            .append("public class ").append(className(node)).append(" extends org.lnet.weka.LnetStep<")
            .append(settingsType(node)).append("> {\n\n")
            .append("    private static final long serialVersionUID = 1L;\n\n")
            .append("    public ").append(className(node)).append("() {\n")
            .append("        super(").append(literal(id)).append(");\n    }\n");
        for (Parameter p : node.parameters()) {
            String name = property(p);
            String key = literal(p.key());
            boolean flag = p.kind() == Parameter.Kind.BOOLEAN;
            s.append("\n    /** ").append(p.label().replace("*/", "* /")).append(". */\n")
                .append("    public ").append(flag ? "boolean" : "String").append(" get").append(name)
                .append("() {\n        return ").append(flag ? "flag(" : "text(").append(key).append(");\n    }\n\n")
                .append("    public void set").append(name).append('(').append(flag ? "boolean" : "String")
                .append(" value) {\n        ").append(flag ? "setFlag(" : "setText(").append(key)
                .append(", value);\n    }\n");
        }
        return s.append("}\n").toString();
    }

    static String stepsClass() {
        List<String> classes = new ArrayList<>();
        for (LinearNetworkNode<?> node : nodes()) {
            classes.add(className(node) + ".class");
        }
        return "package " + PACKAGE + ";\n\n"
            + "import java.util.List;\n"
            + "import org.lnet.weka.LnetStep;\n\n"
            + "/** Every KnowledgeFlow step of the package, in the node layer's order. Generated by "
            + WekaSteps.class.getName() + ". */\n"
            + "public final class Steps {\n\n"
            + "    /** The step classes; PluginManager.props registers the same list. */\n"
            + "    public static final List<Class<? extends LnetStep<?>>> ALL = List.of(\n"
            + "        " + String.join(",\n        ", classes) + ");\n\n"
            + "    private Steps() {\n    }\n}\n";
    }

    static String pluginManagerProps() {
        List<String> names = new ArrayList<>();
        for (LinearNetworkNode<?> node : nodes()) {
            names.add(PACKAGE + "." + className(node));
        }
        return "# Registers the steps with weka.core.PluginManager when the package loads; KnowledgeFlow's palette lists\n"
            + "# them under \"" + Nodes.CATEGORY + "\". Generated by " + WekaSteps.class.getName() + ".\n"
            + "weka.knowledgeflow.steps.Step=" + String.join(",", names) + "\n";
    }

    /** A Java string literal, non-ASCII as unicode escapes so the file reads the same in any encoding. */
    static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
