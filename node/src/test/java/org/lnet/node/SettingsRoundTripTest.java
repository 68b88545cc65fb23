package org.lnet.node;

import org.lnet.node.nodes.Nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.engine.InvalidInputException;

/** Every node's settings: save then load gives the same settings, and a missing key loads its documented default. */
class SettingsRoundTripTest {

    static Stream<LinearNetworkNode<?>> nodes() {
        return Nodes.all().stream();
    }

    static MapSettingsStore nonDefaults(LinearNetworkNode<?> node) {
        return NodeFixtures.nonDefaultSettings(node);
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void defaultsSurviveSaveAndLoad(LinearNetworkNode<?> node) {
        LinearNetworkNode.Settings defaults = node.defaults();
        MapSettingsStore store = new MapSettingsStore();
        defaults.save(store);
        assertEquals(defaults, node.load(store));
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void everyParameterSurvivesSaveAndLoad(LinearNetworkNode<?> node) {
        MapSettingsStore original = nonDefaults(node);
        LinearNetworkNode.Settings loaded = node.load(original);
        assertNotEquals(node.defaults(), loaded);
        MapSettingsStore saved = new MapSettingsStore();
        loaded.save(saved);
        assertEquals(original, saved);
        assertEquals(loaded, node.load(saved));
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void aKeyMissingFromOlderSettingsTakesItsDefault(LinearNetworkNode<?> node) {
        MapSettingsStore defaultsSaved = new MapSettingsStore();
        node.defaults().save(defaultsSaved);
        for (Parameter p : node.parameters()) {
            MapSettingsStore old = nonDefaults(node).without(p.key());
            MapSettingsStore reSaved = new MapSettingsStore();
            node.load(old).save(reSaved);
            assertTrue(java.util.Objects.deepEquals(defaultsSaved.raw(p.key()), reSaved.raw(p.key())),
                node.info().id() + "." + p.key() + " should fall back to its default");
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void parametersAreDescribedOnceWithUniqueKeys(LinearNetworkNode<?> node) {
        Set<String> keys = new HashSet<>();
        for (Parameter p : node.parameters()) {
            assertTrue(keys.add(p.key()), "duplicate key " + p.key());
            assertFalse(p.label().isBlank());
            assertTrue(p.description().length() > 20, p.key() + " needs a real description");
        }
        MapSettingsStore saved = new MapSettingsStore();
        node.defaults().save(saved);
        assertEquals(keys, saved.keys(), "settings must save exactly the described parameters");
        NodeInfo info = node.info();
        assertFalse(info.intro().isEmpty());
        assertTrue(info.id().matches("[A-Z][A-Za-z]+"), info.id());
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void outOfRangeValuesAreRefusedNamingTheSetting(LinearNetworkNode<?> node) {
        for (Parameter p : node.parameters()) {
            Object bad = switch (p.kind()) {
                case DOUBLE -> Double.isFinite(p.min()) ? p.min() - 1 : Double.NaN;
                case LONG -> p.min() > Long.MIN_VALUE ? (long) p.min() - 1 : null;
                case CHOICE -> "no-such-choice";
                default -> null;
            };
            if (bad == null) {
                continue;
            }
            MapSettingsStore s = new MapSettingsStore();
            p.write(s, bad);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> node.load(s), p.key());
            assertTrue(e.getMessage().contains(p.label()) && e.getMessage().contains("(" + p.key() + ")"),
                e.getMessage());
            assertEquals(p.key(), e.subject());
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void aValueOfTheWrongTypeIsRefusedNamingTheKey(LinearNetworkNode<?> node) {
        Parameter p = node.parameters().get(node.parameters().size() - 1);
        MapSettingsStore s = new MapSettingsStore();
        if (p.kind() == Parameter.Kind.CHOICE || p.kind() == Parameter.Kind.TEXT) {
            s.putBoolean(p.key(), true);
        } else {
            s.putString(p.key(), "not a value");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> node.load(s));
        assertTrue(e.getMessage().contains("'" + p.key() + "'"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void settingsOfEqualContentAreEqual(LinearNetworkNode<?> node) {
        assertEquals(node.load(nonDefaults(node)), node.load(nonDefaults(node)));
        assertEquals(node.load(nonDefaults(node)).hashCode(), node.load(nonDefaults(node)).hashCode());
    }

    @org.junit.jupiter.api.Test
    void everyNodeHasItsOwnIdAndName() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (LinearNetworkNode<?> n : Nodes.all()) {
            assertTrue(ids.add(n.info().id()));
            assertTrue(names.add(n.info().name()));
            assertEquals(n, Nodes.byId(n.info().id()));
        }
        assertEquals(11, ids.size());
        assertEquals(List.copyOf(ids).size(), Nodes.all().size());
    }
}
