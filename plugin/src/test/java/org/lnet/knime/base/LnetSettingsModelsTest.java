package org.lnet.knime.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.NodeSettings;
import org.lnet.engine.InvalidInputException;
import org.lnet.build.KnimeConfig;
import org.lnet.build.SettingsLayout;
import org.lnet.knime.testing.KnimeRun;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.nodes.Nodes;

/**
 * {@link LnetSettingsModels} through KNIME's SettingsModels (test-scope, saving and loading as KNIME's do): every node
 * saves its defaults in the layout the example workflows carry ({@code host-build/SettingsLayout}, written
 * separately from KNIME's sources); values typed into the settings reach the node layer unchanged and come back on
 * save; settings of an older version without a key load with that key's default; a value the node layer refuses is
 * refused with its message and leaves the model as it was; an entry of the wrong type is refused by KNIME's getter.
 */
class LnetSettingsModelsTest {

    private static KnimeConfig asConfig(NodeSettings s) {
        KnimeConfig c = new KnimeConfig(s.getKey());
        for (String k : s.keySet()) {
            Object v = s.entry(k);
            if (v instanceof NodeSettings sub) {
                c.add(asConfig(sub));
            } else if (v instanceof Double d) {
                c.xdouble(k, d);
            } else if (v instanceof Long l) {
                c.xlong(k, l);
            } else if (v instanceof Boolean b) {
                c.bool(k, b);
            } else if (v instanceof String[] a) {
                c.strings(k, List.of(a));
            } else {
                c.string(k, (String) v);
            }
        }
        return c;
    }

    /** A copy without some top-level keys, as settings saved before those settings existed. */
    private static NodeSettings without(NodeSettings s, Set<String> keys) {
        KnimeConfig older = new KnimeConfig(s.getKey());
        for (Object item : asConfig(s).items()) {
            if (item instanceof KnimeConfig.Entry e && !keys.contains(e.key())) {
                older.entry(e.key(), e.type(), e.value());
            } else if (item instanceof KnimeConfig c && !keys.contains(c.key())) {
                older.add(c);
            }
        }
        return KnimeRun.settings(older);
    }

    @Test
    void everyNodeSavesItsDefaultsInTheLayoutOfTheExampleWorkflows() {
        for (LinearNetworkNode<?> node : Nodes.all()) {
            NodeSettings saved = KnimeRun.driver(node.info().id()).saveSettings();
            assertEquals(SettingsLayout.model(node, new MapSettingsStore()).toXml(), asConfig(saved).toXml(),
                node.info().id());
        }
    }

    @Test
    void typedValuesReachTheNodeLayerAndComeBackOnSave() throws InvalidSettingsException {
        String id = "GradientFlowTrainer";
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("method", "gd");
        texts.put("lr", "0.0625");
        texts.put("steps", "1234");
        texts.put("inputColumns", "x2, x1");
        NodeDriver d = KnimeRun.driver(id);
        d.loadSettings(KnimeRun.settings(d, id, texts));
        NodeSettings back = d.saveSettings();
        assertEquals("gd", back.getString("method"));
        assertEquals(0.0625, back.getDouble("lr"));
        assertEquals(1234L, back.getLong("steps"));
        assertEquals(List.of("x2", "x1"), List.of(back.getConfig("inputColumns").getStringArray("InclList")));
        // what the node layer reads from these KNIME settings equals what it reads from the same texts directly
        LinearNetworkNode<?> node = Nodes.byId(id);
        MapSettingsStore direct = new MapSettingsStore();
        texts.forEach((k, v) -> node.parameter(k).writeText(direct, v));
        assertEquals(node.load(direct), node.load(LnetSettingsModels.read(node.parameters(), back)));
    }

    @Test
    void olderSettingsWithoutAKeyLoadWithItsDefault() throws InvalidSettingsException {
        String id = "GradientFlowTrainer";
        NodeDriver d = KnimeRun.driver(id);
        d.loadSettings(KnimeRun.settings(d, id, Map.of("records", "17", "lr", "0.5")));
        NodeSettings old = without(d.saveSettings(), Set.of("records", "records_Internals"));
        d.loadSettings(old);
        NodeSettings back = d.saveSettings();
        Object records = Nodes.byId(id).parameter("records").defaultValue();
        assertEquals(records, back.getLong("records"), "the absent key takes its default, not the last value");
        assertEquals(0.5, back.getDouble("lr"), "the other keys load");
    }

    /**
     * Table to Network's width was saved as "implicitWidth" (a long) before the key was renamed to "width": KNIME
     * settings of that time load the same width, and save it under the new key.
     */
    @Test
    void settingsSavedUnderAFormerKeyLoadTheSameValue() throws InvalidSettingsException {
        String id = "TableToNetwork";
        NodeDriver d = KnimeRun.driver(id);
        KnimeConfig older = new KnimeConfig("model");
        older.xlong("implicitWidth", 5000);
        older.string("initialization", "imported");
        d.loadSettings(KnimeRun.settings(older));
        NodeSettings back = d.saveSettings();
        assertEquals(5000L, back.getLong("width"));
        assertEquals("imported", back.getString("initialization"));
    }

    @Test
    void aValueTheNodeLayerRefusesIsRefusedWithItsMessageAndChangesNothing() {
        String id = "RandomInitializer";
        NodeDriver d = KnimeRun.driver(id);
        NodeSettings before = d.saveSettings();
        LinearNetworkNode<?> node = Nodes.byId(id);
        MapSettingsStore direct = new MapSettingsStore();
        node.parameter("width").writeText(direct, "0");
        String expected = assertThrows(InvalidInputException.class, () -> node.load(direct)).getMessage();
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> d.loadSettings(KnimeRun.settings(d, id, Map.of("width", "0"))));
        assertEquals(expected, e.getMessage());
        assertEquals(before, d.saveSettings(), "a refused load leaves the settings as they were");
    }

    @Test
    void anEntryOfTheWrongTypeIsRefusedByKnime() {
        String id = "GradientFlowTrainer";
        NodeDriver d = KnimeRun.driver(id);
        NodeSettings s = d.saveSettings();
        s.addString("lr", "fast");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> d.loadSettings(s));
        assertTrue(e.getMessage().contains("\"lr\""), e.getMessage());
    }
}
