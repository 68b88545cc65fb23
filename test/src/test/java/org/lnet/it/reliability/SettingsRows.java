package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.lnet.it.reliability.Case.Host;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.lnet.knime.base.LnetSettingsModels;
import org.lnet.build.KnimeConfig;
import org.lnet.build.SettingsLayout;
import org.lnet.knime.testing.KnimeRun;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.NodeFixtures;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.Parameter;
import org.lnet.weka.LnetStep;
import org.lnet.weka.StepSettings;
import org.lnet.weka.steps.Steps;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManagerImpl;

/**
 * Settings of every node on every host: a value other than the default for each parameter survives save → load,
 * and a settings set saved before a parameter existed (its key removed) loads with that parameter's default. The
 * node layer through its own store; KNIME through the settings.xml layout its SettingsModels write (host-build's
 * {@code SettingsLayout}, the code that writes the example workflows) loaded into the plugin's node model as KNIME
 * loads a workflow ({@code NodeDriver} over the plugin's KNIME-behaving test classes) and saved again; Weka through
 * a saved and reloaded .kf flow of the step. The non-default values are the modules' own test fixtures
 * ({@code NodeFixtures.nonDefaultSettings}, {@code StepSettings.nonDefaults}).
 */
final class SettingsRows {

    static final String SECTION = "Settings round trips";

    private SettingsRows() {
    }

    static Stream<DynamicNode> tests(MatrixDoc doc) {
        doc.section(SECTION, "Per node: every parameter set to a value other than its default survives save → load "
            + "(equal settings records); a settings set saved without one key (an older version) loads that key's "
            + "documented default, the other values unchanged, tried for each key in turn. Node layer: its settings "
            + "store; KNIME: the settings.xml layout the plugin's SettingsModels write (`SettingsLayout`, which also "
            + "writes the example workflows) loaded into the plugin's node model as KNIME loads a workflow (with "
            + "validation), then read back from the model's saved settings; Weka: a flow saved as .kf and loaded "
            + "again.");
        List<DynamicNode> tests = new ArrayList<>();
        for (LinearNetworkNode<?> node : Nodes.all()) {
            String id = node.info().id();
            doc.declare(SECTION, id, node.info().name());
            doc.cell(SECTION, id, Host.CLI, "n/a: options on the command line, no settings file");
            tests.add(dynamicTest(id + " / node layer", () -> doc.cell(SECTION, id, Host.NODE, nodeLayer(node))));
            tests.add(dynamicTest(id + " / KNIME", () -> doc.cell(SECTION, id, Host.KNIME, knime(node))));
            Class<? extends LnetStep<?>> step = Steps.ALL.stream()
                .filter(c -> newStep(c).node().info().id().equals(id)).findFirst().orElse(null);
            tests.add(dynamicTest(id + " / Weka", () -> doc.cell(SECTION, id, Host.WEKA, step == null
                ? "n/a: no Weka step (several tables in or out)" : weka(step))));
        }
        return tests.stream();
    }

    private static String summary(LinearNetworkNode<?> node, String how) {
        return how + ": equal; each of " + node.parameters().size() + " keys missing → its default";
    }

    private static String nodeLayer(LinearNetworkNode<?> node) {
        MapSettingsStore original = NodeFixtures.nonDefaultSettings(node);
        LinearNetworkNode.Settings loaded = node.load(original);
        assertNotEquals(node.defaults(), loaded);
        MapSettingsStore saved = new MapSettingsStore();
        loaded.save(saved);
        assertEquals(loaded, node.load(saved));
        for (Parameter p : node.parameters()) {
            MapSettingsStore older = NodeFixtures.nonDefaultSettings(node).without(p.key());
            assertEquals(expected(node, saved, p), store(node.load(older)), p.key());
        }
        return summary(node, "store");
    }

    /** The saved non-default settings with one parameter at its default. */
    private static MapSettingsStore expected(LinearNetworkNode<?> node, MapSettingsStore saved, Parameter p) {
        MapSettingsStore defaults = store(node.defaults());
        MapSettingsStore e = new MapSettingsStore();
        for (Parameter q : node.parameters()) {
            MapSettingsStore from = q == p ? defaults : saved;
            copy(q, from, e);
        }
        return e;
    }

    private static void copy(Parameter q, MapSettingsStore from, MapSettingsStore to) {
        switch (q.kind()) {
            case DOUBLE -> q.write(to, q.readDouble(from));
            case LONG -> q.write(to, q.readLong(from));
            case BOOLEAN -> q.write(to, q.readBoolean(from));
            case CHOICE -> q.write(to, q.readChoice(from));
            case TEXT -> q.write(to, q.readText(from));
            case COLUMNS -> q.write(to, q.readColumns(from));
        }
    }

    private static MapSettingsStore store(LinearNetworkNode.Settings s) {
        MapSettingsStore out = new MapSettingsStore();
        s.save(out);
        return out;
    }

    private static String knime(LinearNetworkNode<?> node) throws Exception {
        MapSettingsStore original = NodeFixtures.nonDefaultSettings(node);
        MapSettingsStore saved = store(node.load(original));
        KnimeConfig model = SettingsLayout.model(node, original);
        KnimeConfig reread = KnimeConfig.parse(new ByteArrayInputStream(model.toXml().getBytes(StandardCharsets.UTF_8)));
        NodeDriver plugin = KnimeRun.driver(node.info().id());
        plugin.loadSettings(KnimeRun.settings(reread));
        assertEquals(node.load(original), inPlugin(node, plugin));
        for (Parameter p : node.parameters()) {
            KnimeConfig older = new KnimeConfig("model");
            for (Object item : reread.items()) {
                String key = item instanceof KnimeConfig.Entry e ? e.key() : ((KnimeConfig) item).key();
                if (key.equals(p.key()) || key.equals(p.key() + "_Internals")) {
                    continue;
                }
                if (item instanceof KnimeConfig.Entry e) {
                    older.entry(e.key(), e.type(), e.value());
                } else {
                    older.add((KnimeConfig) item);
                }
            }
            plugin.loadSettings(KnimeRun.settings(reread)); // the non-default value is what an absent key replaces
            plugin.loadSettings(KnimeRun.settings(older));
            assertEquals(expected(node, saved, p), store(inPlugin(node, plugin)), p.key());
        }
        return summary(node, "settings.xml loaded into the plugin's node model");
    }

    /** The settings the plugin's node model holds, as the node layer reads them from its saved KNIME settings. */
    private static LinearNetworkNode.Settings inPlugin(LinearNetworkNode<?> node, NodeDriver plugin)
        throws InvalidSettingsException {
        return node.load(LnetSettingsModels.read(node.parameters(), plugin.saveSettings()));
    }

    private static LnetStep<?> newStep(Class<? extends LnetStep<?>> c) {
        try {
            return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String weka(Class<? extends LnetStep<?>> c) throws Exception {
        LnetStep<?> step = newStep(c);
        step.setName("step");
        for (Map.Entry<String, Object> e : StepSettings.nonDefaults(step.node()).entrySet()) {
            new PropertyDescriptor(e.getKey(), c).getWriteMethod().invoke(step, e.getValue());
        }
        MapSettingsStore before = StepSettings.store(step);
        Flow flow = new Flow();
        flow.addStep(new StepManagerImpl(step));
        String json = flow.toJSON();
        assertEquals(before, StepSettings.store(loaded(json)));
        for (Parameter p : step.node().parameters()) {
            String older = StepSettings.withoutProperty(json, p.key());
            MapSettingsStore expected = StepSettings.store(step);
            p.writeText(expected, p.defaultAsText());
            assertEquals(expected, StepSettings.store(loaded(older)), p.key());
        }
        return summary(step.node(), ".kf flow");
    }

    private static LnetStep<?> loaded(String json) throws Exception {
        return (LnetStep<?>) Flow.JSONToFlow(json).findStep("step").getManagedStep();
    }
}
