package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
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
import org.lnet.node.nodes.Nodes;
import org.lnet.node.Parameter;
import org.lnet.weka.steps.Steps;
import weka.knowledgeflow.steps.BaseStep;
import weka.knowledgeflow.steps.KFStep;

/**
 * Each step is its node: palette name, tooltip, category and icon from the node layer, one bean property per
 * parameter (named by its settings key) and nothing else, a short global info and a help page from the node layer.
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
        assertEquals("org/lnet/weka/icons/" + info.id() + ".png", a.iconPath());
        assertEquals(info.id() + "Step", c.getSimpleName());
        try (InputStream in = c.getClassLoader().getResourceAsStream(a.iconPath())) {
            assertNotNull(in, "icon " + a.iconPath() + " (without it the step vanishes from the palette)");
            BufferedImage icon = ImageIO.read(in);
            assertTrue(icon.getWidth() >= 16 && icon.getHeight() >= 16);
        }
        // KnowledgeFlow shows the whole global info as the palette tooltip, as HTML: one sentence and the connections
        String global = step.globalInfo();
        assertTrue(global.startsWith(info.shortDescription() + "\n\nIn: "), global);
        assertTrue(global.length() < 250, "a tooltip, not the manual: " + global);
        assertFalse(global.contains("<") || global.contains("&"), "no HTML markup characters: " + global);
        // the help page behind More has the math, every setting and the paper
        String page = step.helpPage();
        for (String paragraph : info.intro()) {
            assertTrue(page.contains(StepHelp.escape(paragraph)), paragraph);
        }
        for (Parameter p : step.node().parameters()) {
            assertTrue(page.contains(StepHelp.escape(p.description())), p.key());
            assertTrue(page.contains("<b>" + StepHelp.escape(p.label()) + "</b> (<i>" + p.key() + "</i>)"), p.key());
        }
        assertTrue(page.contains(StepHelp.escape(info.reference().citation())));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyParameterIsABeanProperty(Class<? extends LnetStep<?>> c) throws Exception {
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
        }
        assertEquals(LnetStepEditorDialog.class.getName(), step.getCustomEditorForStep(), "our dialog, not Weka's");
    }

    @Test
    void pluginManagerPropsRegistersEveryStep() throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/generated-weka-package/PluginManager.props"))) {
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
    void tooltipsAreShortAndTheHelpPageStatesRangeDefaultAndTheClassAttributeRule() {
        LnetStep<?> trainer = new org.lnet.weka.steps.GradientFlowTrainerStep();
        assertEquals("<html>Gradient flow integrates from t = 0 to t = T, in the time of the chosen loss convention."
            + "<br><i>time</i> &middot; &gt; 0 &middot; default 10</html>",
            StepHelp.tooltip(trainer.node().parameter("time")));
        // a first sentence full of math stays on the help page
        assertEquals("<html><i>method</i> &middot; default flow</html>",
            StepHelp.tooltip(trainer.node().parameter("method")));
        String page = trainer.helpPage();
        assertTrue(page.contains("<b>Time horizon T (flow)</b> (<i>time</i>): Gradient flow integrates from t = 0 to "
            + "t = T, in the time of the chosen loss convention. Range: &gt; 0. Default: 10.</p>"), page);
        assertTrue(page.contains("One of: flow | gd. Default: flow."), page);
        assertTrue(page.contains("In Weka the class attribute, if the data set has one, is the automatic target"),
            page);
    }

    @Test
    void firstSentenceSkipsAbbreviations() {
        assertEquals("Widths, e.g. 5, 10.", StepHelp.firstSentence("Widths, e.g. 5, 10. More."));
        assertEquals("No stop", StepHelp.firstSentence("No stop"));
    }
}
