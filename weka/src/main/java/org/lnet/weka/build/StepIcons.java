package org.lnet.weka.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lnet.build.GeneratePluginResources;
import org.lnet.build.NodeIcons;
import org.lnet.weka.LnetStep;
import org.lnet.weka.steps.Steps;
import weka.knowledgeflow.steps.KFStep;

/**
 * Build step of the Weka module (run by exec-maven-plugin after compilation, never shipped): draws each step's icon,
 * the KNIME node icon's design at Weka's canvas size, to the classpath path its {@code @KFStep} names. A step whose
 * icon does not load silently vanishes from KnowledgeFlow's palette, so every step gets one.
 *
 * <p>Usage: {@code StepIcons <classes directory>}
 */
public final class StepIcons {

    /** Pixels; KnowledgeFlow draws step icons at their size on the canvas and a third of it in the palette. */
    public static final int SIZE = 56;

    private StepIcons() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StepIcons <classes directory>");
        }
        System.setProperty("java.awt.headless", "true");
        for (Class<? extends LnetStep<?>> step : Steps.ALL) {
            String path = step.getAnnotation(KFStep.class).iconPath();
            String id = path.substring(path.lastIndexOf('/') + 1, path.length() - ".png".length());
            int[] style = GeneratePluginResources.ICONS.get(id);
            if (style == null || !path.equals(LnetStep.iconPath(id))) {
                throw new IllegalStateException(step.getName() + ": no icon style for '" + path + "'");
            }
            Path file = Path.of(args[0]).resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, NodeIcons.png(style[0], style[1], SIZE));
        }
    }
}
