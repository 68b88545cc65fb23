package org.lnet.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.train.TrainingOptions.Method;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.WideNetworkTrainerNode;

/**
 * The typed declarations themselves: every default lies in its own declared range (compared with min/max here,
 * not through the setting's check), every value survives its own text form, a key shared by several nodes has one
 * kind and one meaning, and the typed read API returns what was stored.
 */
class SettingDeclarationsTest {

    static Stream<LinearNetworkNode<?>> nodes() {
        return Nodes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void everyDefaultLiesInItsOwnRange(LinearNetworkNode<?> node) {
        for (Parameter p : node.parameters()) {
            Setting<?> s = assertInstanceOf(Setting.class, p);
            if (p.kind() == Parameter.Kind.DOUBLE || p.kind() == Parameter.Kind.LONG) {
                double v = ((Number) p.defaultValue()).doubleValue();
                assertTrue(p.minOpen() ? v > p.min() : v >= p.min(), p.key() + " default below " + p.rangeText());
                assertTrue(p.maxOpen() ? v < p.max() : v <= p.max(), p.key() + " default above " + p.rangeText());
            }
            if (p.kind() == Parameter.Kind.CHOICE) {
                assertTrue(p.choices().contains((String) p.defaultValue()), p.key());
                for (String word : p.choices()) {
                    assertTrue(p.description().contains(word + ": "), p.key() + " documents " + word);
                }
            }
            checkDefault(s);
        }
    }

    private static <T> void checkDefault(Setting<T> s) {
        T d = s.defaultTyped();
        assertTrue(Objects.deepEquals(d, s.check(d)), s.key());
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void everyTypedValueSurvivesItsTextForm(LinearNetworkNode<?> node) {
        Values v = (Values) node.load(NodeFixtures.nonDefaultSettings(node));
        for (Setting<?> s : v.settings()) {
            roundTrip(s, v);
        }
    }

    private static <T> void roundTrip(Setting<T> s, Values v) {
        T value = v.get(s);
        assertTrue(Objects.deepEquals(value, s.parse(s.format(value))), s.key() + " = " + s.format(value));
    }

    /** One key, one kind and one meaning in every node: e.g. "implicitWidth" is the yes/no flag wherever it occurs. */
    @Test
    void aKeySharedByNodesHasOneKind() {
        Map<String, Parameter.Kind> kinds = new HashMap<>();
        for (LinearNetworkNode<?> node : Nodes.all()) {
            for (Parameter p : node.parameters()) {
                Parameter.Kind before = kinds.putIfAbsent(p.key(), p.kind());
                assertTrue(before == null || before == p.kind(), node.info().id() + "." + p.key() + " is " + p.kind()
                    + " but " + before + " elsewhere");
            }
        }
    }

    /** The stop tolerance is an excess loss L - L* everywhere (L* = 0 stated where the model interpolates). */
    @Test
    void theStopToleranceMeansTheSameInEveryNode() {
        int nodes = 0;
        for (LinearNetworkNode<?> node : Nodes.all()) {
            for (Parameter p : node.parameters()) {
                if (p.key().equals("tol")) {
                    nodes++;
                    assertTrue(p.description().contains("L - L* ≤ tol"), node.info().id() + ": " + p.description());
                    assertTrue(p.description().contains("L* = "), node.info().id() + " says what L* is");
                }
            }
        }
        assertEquals(4, nodes, "the two trainers and the two sweeps");
    }

    @Test
    void valuesAreTypedAndChecked() {
        LinearNetworkNode<?> node = new GradientFlowTrainerNode();
        MapSettingsStore s = new MapSettingsStore();
        s.putString("method", " GD ");
        s.putDouble("lr", 0.25);
        s.putLong("steps", 77);
        Values v = (Values) node.load(s);
        assertEquals(Method.DESCENT, v.get(GradientFlowTrainerNode.METHOD));
        assertEquals(0.25, v.get(GradientFlowTrainerNode.LR));
        assertEquals(77L, v.get(GradientFlowTrainerNode.STEPS));
        assertEquals(10.0, v.get(GradientFlowTrainerNode.TIME), "absent: the declared default");
        s.putString("method", "descent");
        assertEquals(Method.DESCENT, ((Values) node.load(s)).get(GradientFlowTrainerNode.METHOD), "an alias");
        assertEquals(0.5, v.with(GradientFlowTrainerNode.LR, 0.5).get(GradientFlowTrainerNode.LR));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> v.with(GradientFlowTrainerNode.LR, -1.0));
        assertEquals("Setting 'Step η (gd)' (lr) must be greater than 0, not -1.0.", e.getMessage());
        assertEquals(InvalidInputException.Kind.SETTING, e.kind());
        assertEquals("lr", e.subject());
        assertThrows(IllegalArgumentException.class, () -> v.get(WideNetworkTrainerNode.WIDTH),
            "a setting the node does not declare");
    }

    @Test
    void widthListsAreWholeNumbersAtLeastOneListedOnce() {
        WidthsSetting w = WidthsSetting.widths("widths", "Widths h", "Widths for the test.", 10, 20);
        assertArrayEquals(new long[] {10, 20, 40}, w.parse("1e1; 2e1 40"));
        assertEquals("10, 20", w.defaultValue());
        assertTrue(assertThrows(InvalidInputException.class, () -> w.parse("10, 10")).getMessage().contains("twice"));
        assertTrue(assertThrows(InvalidInputException.class, () -> w.parse("0, 10")).getMessage()
            .contains("at least 1; 0 is not"));
        assertTrue(assertThrows(InvalidInputException.class, () -> w.parse("10, x")).getMessage()
            .contains("'x' is not one"));
    }

    @Test
    void aChoiceIsStoredAsItsWord() {
        MapSettingsStore s = new MapSettingsStore();
        GradientFlowTrainerNode.METHOD.write(s, Method.DESCENT);
        assertEquals("gd", s.getString("method", null));
        assertEquals(List.of("flow", "gd"), GradientFlowTrainerNode.METHOD.choices());
        assertEquals("flow | gd", GradientFlowTrainerNode.METHOD.rangeText());
    }
}
