package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.PropertyDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;
import org.lnet.weka.steps.Steps;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.Step;

/**
 * Settings survive a saved .kf: set every bean property to a value other than its default (including the values
 * Weka's JSON cannot hold as numbers: 1e-10, negative whole numbers, longs beyond int), save the flow as JSON, load
 * it, and the step has the same settings, which the node layer loads as the same settings record.
 */
class KfSettingsRoundTripTest {

    static Stream<Class<? extends LnetStep<?>>> steps() {
        return Steps.ALL.stream();
    }

    /** A valid text other than the default for each parameter. */
    static Map<String, Object> nonDefaults(LinearNetworkNode<?> node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : node.parameters()) {
            out.put(p.key(), switch (p.kind()) {
                case DOUBLE -> p.key().equals("alpha") ? "0.375" : p.key().equals("rcond") ? "1e-10"
                    : p.key().equals("delta") ? "0.05" : "2.5e-7";
                case LONG -> p.key().equals("seed") ? "-9007199254740993"
                    : p.key().equals("width") ? "3000000000" : p.key().equals("threads") ? "2" : "7";
                case BOOLEAN -> !(Boolean) p.defaultValue();
                case CHOICE -> p.choices().stream().filter(c -> !c.equals(p.defaultValue())).findFirst().orElseThrow();
                case TEXT -> "10, 20, 40";
                case COLUMNS -> p.columnRole() == Parameter.ColumnRole.INPUTS ? "x 1, \"quoted\", x,3" : "y";
            });
        }
        return out;
    }

    static MapSettingsStore store(LnetStep<?> step) throws Exception {
        MapSettingsStore s = new MapSettingsStore();
        for (Parameter p : step.node().parameters()) {
            Object v = new PropertyDescriptor(p.key(), step.getClass()).getReadMethod().invoke(step);
            p.writeText(s, v.toString());
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("steps")
    void settingsSurviveSaveAndLoadOfTheFlow(Class<? extends LnetStep<?>> c) throws Exception {
        LnetStep<?> step = c.getConstructor().newInstance();
        step.setName("step under test");
        for (Map.Entry<String, Object> e : nonDefaults(step.node()).entrySet()) {
            new PropertyDescriptor(e.getKey(), c).getWriteMethod().invoke(step, e.getValue());
        }
        MapSettingsStore before = store(step);
        LinearNetworkNode.Settings loadedBefore = step.node().load(before);
        assertNotEquals(step.node().defaults(), loadedBefore);

        Flow flow = new Flow();
        flow.addStep(new StepManagerImpl(step));
        String json = flow.toJSON();
        Step reloaded = Flow.JSONToFlow(json).findStep("step under test").getManagedStep();

        assertEquals(c, reloaded.getClass());
        MapSettingsStore after = store((LnetStep<?>) reloaded);
        assertEquals(before, after);
        assertEquals(loadedBefore, step.node().load(after));
        assertTrue(json.contains("\"rcond\" : \"1e-10\"") || !before.containsKey("rcond"), json);
    }

    @Test
    void exampleFlowsSurviveSaveAndLoad() throws Exception {
        for (String name : List.of("LinearNetworks_MinNorm_vs_Trained.kf", "LinearNetworks_Width_Sweep.kf")) {
            Path file = KfRun.EXAMPLES.resolve(name);
            Flow flow = KfRun.load(file);
            Flow again = Flow.JSONToFlow(flow.toJSON());
            int ours = 0;
            for (StepManagerImpl m : flow.getSteps()) {
                if (m.getManagedStep() instanceof LnetStep<?> s) {
                    LnetStep<?> t = (LnetStep<?>) again.findStep(s.getName()).getManagedStep();
                    assertEquals(store(s), store(t), name + ": " + s.getName());
                    // every setting in the committed file is valid for the node layer
                    s.node().load(store(s));
                    ours++;
                }
            }
            assertTrue(ours > 0, name);
            assertTrue(Files.readString(file).contains("org.lnet.weka.steps."), name);
        }
    }
}
