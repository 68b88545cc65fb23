package org.lnet.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.nodes.Nodes;

/**
 * Build step of the plugin (run by exec-maven-plugin after compilation): writes each node's description XML and icon
 * beside its factory class, and the category icon, into the plugin's class output directory.
 *
 * <p>Usage: {@code GeneratePluginResources <classes directory>}
 */
public final class GeneratePluginResources {

    /** Tint and hidden-unit count per node id (the Weka steps' icons use the same). */
    public static final Map<String, int[]> ICONS = Map.ofEntries(
        Map.entry("RandomInitializer", new int[] {0xE07B39, 3}),
        Map.entry("BalancedInitializer", new int[] {0xC9A227, 3}),
        Map.entry("GradientFlowTrainer", new int[] {0x2E86AB, 2}),
        Map.entry("MinNormRegression", new int[] {0x3A7D44, 1}),
        Map.entry("BoundEvaluator", new int[] {0x8E5572, 2}),
        Map.entry("LinearNetworkPredictor", new int[] {0x5B8E7D, 2}),
        Map.entry("NetworkToTable", new int[] {0x6C757D, 1}),
        Map.entry("TableToNetwork", new int[] {0x495057, 1}),
        Map.entry("WidthSweep", new int[] {0x7B3294, 3}),
        Map.entry("WideNetworkTrainer", new int[] {0xB5485D, 3}),
        Map.entry("WideNetworkWidthSweep", new int[] {0x8C2D4B, 3}));

    /** Category icon tint. */
    static final int CATEGORY_TINT = 0x1F4E79;

    private GeneratePluginResources() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GeneratePluginResources <classes directory>");
        }
        System.setProperty("java.awt.headless", "true");
        write(Path.of(args[0]));
    }

    /** Writes all generated resources under {@code classes}. */
    public static void write(Path classes) throws IOException {
        for (LinearNetworkNode<?> node : Nodes.all()) {
            int[] icon = ICONS.get(node.info().id());
            if (icon == null) {
                throw new IllegalStateException("no icon defined for node " + node.info().id());
            }
            Path xml = classes.resolve(KnimeNames.resourcePath(node, KnimeNames.descriptionFile(node)));
            Files.createDirectories(xml.getParent());
            Files.writeString(xml, NodeDescriptionXml.of(node), StandardCharsets.UTF_8);
            Files.write(classes.resolve(KnimeNames.resourcePath(node, KnimeNames.iconFile(node))),
                NodeIcons.png(icon[0], icon[1]));
        }
        Path category = classes.resolve("icons/category.png");
        Files.createDirectories(category.getParent());
        Files.write(category, NodeIcons.png(CATEGORY_TINT, 3));
    }
}
