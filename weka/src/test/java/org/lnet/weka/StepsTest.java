package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.Nodes;
import org.lnet.node.Parameter;
import org.lnet.weka.steps.Steps;
import weka.knowledgeflow.steps.BaseStep;
import weka.knowledgeflow.steps.KFStep;

/**
 * Each step is its node: palette name, tooltip, category and icon from the node layer, one bean property with a tip
 * text per parameter (named by its settings key) and nothing else, documentation from the node layer.
 */
class StepsTest {

    static Stream<Class<? extends LnetStep<?>>> steps() {
        return Steps.ALL.stream();
    }

    static LnetStep<?> create(Class<? extends LnetStep<?>> c) {
        try {
            return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("steps")
    void annotationIsTheNodesDocumentation(Class<? extends LnetStep<?>> c) throws IOException {
        LnetStep<?> step = create(c);
        NodeInfo info = step.node().info();
        KFStep a = c.getAnnotation(KFStep.class);
        assertEquals(info.name(), a.name());
        assertEquals(info.name(), step.getName(), "default step name");
        assertEquals(info.shortDescription(), a.toolTipText());
        assertEquals(Nodes.CATEGORY, a.category());
        assertEquals(LnetStep.iconPath(info.id()), a.iconPath());
        assertEquals(info.id() + "Step", c.getSimpleName());
        try (InputStream in = c.getClassLoader().getResourceAsStream(a.iconPath())) {
            assertNotNull(in, "icon " + a.iconPath() + " (without it the step vanishes from the palette)");
            BufferedImage icon = ImageIO.read(in);
            assertTrue(icon.getWidth() >= 16 && icon.getHeight() >= 16);
        }
        String global = step.globalInfo();
        assertTrue(global.startsWith(info.shortDescription()), global);
        for (String paragraph : info.intro()) {
            assertTrue(global.contains(paragraph));
        }
        assertTrue(global.contains(info.reference().citation()));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyParameterIsABeanPropertyWithItsTipText(Class<? extends LnetStep<?>> c) throws Exception {
        LnetStep<?> step = create(c);
        LinearNetworkNode<?> node = step.node();
        BeanInfo ours = Introspector.getBeanInfo(c, BaseStep.class);
        Set<String> properties = new HashSet<>();
        for (PropertyDescriptor p : ours.getPropertyDescriptors()) {
            // what Weka's dialog shows and its flow files store: the properties with a getter and a setter
            if (p.getReadMethod() != null && p.getWriteMethod() != null) {
                properties.add(p.getName());
            }
        }
        Set<String> keys = node.parameters().stream().map(Parameter::key).collect(Collectors.toSet());
        assertEquals(keys, properties, "one bean property per parameter, named by its key");
        for (Parameter p : node.parameters()) {
            PropertyDescriptor d = new PropertyDescriptor(p.key(), c);
            Class<?> expected = p.kind() == Parameter.Kind.BOOLEAN ? boolean.class : String.class;
            assertEquals(expected, d.getPropertyType(), p.key() + ": text except for flags (see the .kf pitfalls)");
            assertEquals(p.kind() == Parameter.Kind.BOOLEAN ? p.defaultValue() : p.defaultAsText(),
                d.getReadMethod().invoke(step), p.key() + " starts at its default");
            Method tip = c.getMethod(p.key() + "TipText");
            String text = (String) tip.invoke(step);
            assertTrue(text.startsWith(p.label() + ". " + p.description()), text);
        }
    }

    /** Every JLabel inside a Swing container. */
    static List<javax.swing.JLabel> labels(java.awt.Container c) {
        List<javax.swing.JLabel> out = new ArrayList<>();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l) {
                out.add(l);
            }
            if (child instanceof java.awt.Container inner) {
                out.addAll(labels(inner));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("steps")
    void wekasPropertySheetShowsEverySettingWithItsLabelAsTooltip(Class<? extends LnetStep<?>> c) {
        LnetStep<?> step = create(c);
        weka.gui.PropertySheetPanel sheet = new weka.gui.PropertySheetPanel();
        sheet.setTarget(step);
        List<Parameter> parameters = step.node().parameters();
        assertEquals(parameters.size(), sheet.editableProperties(), "one editor per setting");
        List<javax.swing.JLabel> labels = labels(sheet);
        for (Parameter p : parameters) {
            javax.swing.JLabel label = labels.stream().filter(l -> l.getText().equals(p.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no editor for " + p.key()));
            // Weka shows the tip text up to its first full stop: the label
            assertEquals(p.label(), label.getToolTipText().strip(), p.key());
        }
    }

    @Test
    void pluginManagerPropsRegistersEveryStep() throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/weka-package/PluginManager.props"))) {
            props.load(in);
        }
        List<String> registered = List.of(props.getProperty("weka.knowledgeflow.steps.Step").split(","));
        assertEquals(Steps.ALL.stream().map(Class::getName).toList(), registered);
    }

    @Test
    void everyNodeIsAStepExceptTheTwoMultiTableConverters() {
        List<String> adapted = new ArrayList<>();
        for (Class<? extends LnetStep<?>> c : Steps.ALL) {
            adapted.add(create(c).node().info().id());
        }
        List<String> expected = new ArrayList<>();
        for (LinearNetworkNode<?> n : Nodes.all()) {
            if (!Set.of("NetworkToTable", "TableToNetwork").contains(n.info().id())) {
                expected.add(n.info().id());
            }
        }
        assertEquals(expected, adapted, "in the node layer's order");
    }

    @Test
    void tipTextsStateRangeDefaultAndTheClassAttributeRule() {
        LnetStep<?> trainer = new org.lnet.weka.steps.GradientFlowTrainerStep();
        assertEquals("Time horizon T (flow). Gradient flow integrates from t = 0 to t = T, in the time of the chosen "
            + "loss convention. Range: > 0. Default: 10.", trainer.tipText("time"));
        assertTrue(trainer.tipText("method").contains("One of: flow | gd. Default: flow."), trainer.tipText("method"));
        assertTrue(trainer.tipText("rtol").endsWith("Default: 1e-10."), trainer.tipText("rtol"));
        assertTrue(trainer.tipText("targetColumns").contains("a class attribute, if the data set has one, is the "
            + "automatic target"), trainer.tipText("targetColumns"));
    }
}
