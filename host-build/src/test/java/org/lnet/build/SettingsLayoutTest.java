package org.lnet.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.Parameter;
import org.lnet.node.nodes.GradientFlowTrainerNode;

class SettingsLayoutTest {

    static Stream<LinearNetworkNode<?>> nodes() {
        return Nodes.all().stream();
    }

    /** A value inside the range and other than the default, per parameter kind. */
    private static MapSettingsStore changed(LinearNetworkNode<?> node) {
        MapSettingsStore s = new MapSettingsStore();
        for (Parameter p : node.parameters()) {
            switch (p.kind()) {
                case DOUBLE -> p.write(s, Double.isFinite(p.max()) ? (p.min() + p.max()) / 2 + 1e-3 * (p.max() - p.min())
                    : (Double) p.defaultValue() + 1);
                case LONG -> p.write(s, (Long) p.defaultValue() + 1);
                case BOOLEAN -> p.write(s, !(Boolean) p.defaultValue());
                case CHOICE -> p.write(s, p.choices().get(p.choices().size() - 1));
                case TEXT -> p.write(s, p.key().equals("widths") ? "3, 9" : "label");
                case COLUMNS -> p.write(s, List.of("c1", "c2"));
            }
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void settingsSurviveTheKnimeLayout(LinearNetworkNode<?> node) throws Exception {
        MapSettingsStore original = changed(node);
        KnimeConfig model = SettingsLayout.model(node, original);
        KnimeConfig parsed = KnimeConfig.parse(new ByteArrayInputStream(model.toXml().getBytes(StandardCharsets.UTF_8)));
        assertEquals(node.load(original), node.load(SettingsLayout.read(node, parsed)));
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void eachValueFollowsItsInternalsConfigAsSettingsModelsWriteThem(LinearNetworkNode<?> node) {
        KnimeConfig model = SettingsLayout.model(node, new MapSettingsStore());
        List<String> keys = new ArrayList<>();
        for (Object item : model.items()) {
            keys.add(item instanceof KnimeConfig c ? c.key() : ((KnimeConfig.Entry) item).key());
        }
        List<String> expected = new ArrayList<>();
        for (Parameter p : node.parameters()) {
            expected.add(p.key() + "_Internals");
            expected.add(p.key());
            assertEquals("true", model.getConfig(p.key() + "_Internals").getEntry("EnabledStatus").value());
        }
        assertEquals(expected, keys);
    }

    @Test
    void typesAreThoseOfTheSettingsModels() {
        KnimeConfig model = SettingsLayout.model(new GradientFlowTrainerNode(), new MapSettingsStore());
        assertEquals("xdouble", model.getEntry("time").type());
        assertEquals("xlong", model.getEntry("steps").type());
        assertEquals("xstring", model.getEntry("method").type());
        assertEquals("SMN_long", model.getConfig("steps_Internals").getEntry("SettingsModelID").value());
        assertEquals(List.of(), model.getConfig("inputColumns").getStrings("InclList"));
    }

    @Test
    void missingKeysFallBackToDefaultsAndWrongTypesAreNamed() {
        GradientFlowTrainerNode node = new GradientFlowTrainerNode();
        assertEquals(node.defaults(), node.load(SettingsLayout.read(node, new KnimeConfig("model"))));
        KnimeConfig wrong = new KnimeConfig("model").xint("steps", 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SettingsLayout.read(node, wrong));
        assertTrue(e.getMessage().contains("'steps'"), e.getMessage());
    }

    @Test
    void invalidSettingsAreRefusedBeforeAnythingIsWritten() {
        MapSettingsStore bad = new MapSettingsStore();
        bad.putDouble("lr", -1);
        assertThrows(org.lnet.engine.InvalidInputException.class,
            () -> SettingsLayout.model(new GradientFlowTrainerNode(), bad));
    }
}
