package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataType;
import org.lnet.knime.base.LnetNodeModel;

/**
 * The matrix's KNIME column is a run of the shipped adapter, not a derivation: its node models are the bundle's
 * classes and its KNIME classes the plugin's test-scope ones (no shim, whose bodies throw, is on this class path);
 * a refusal is named by the phase at which KNIME shows it (settings applied, configure, execute) and carries the
 * node layer's sentence.
 */
class KnimeColumnTest {

    private static Case byId(String id) {
        return Cases.all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theColumnRunsTheBundlesNodeModelsOverKnimeBehavingClasses() {
        String plugin = LnetNodeModel.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        String knime = DataType.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(plugin.matches(".*/org\\.lnet\\.knime-[^/]*\\.jar|.*/plugin/target/classes/?"), plugin);
        assertTrue(knime.matches(".*/org\\.lnet\\.knime-[^/]*-tests\\.jar|.*/plugin/target/test-classes/?"), knime);
    }

    @Test
    void aRefusalIsNamedByThePhaseKnimeShowsItAtWithTheNodeLayersSentence() {
        Map<String, String> phases = Map.of("width 0", "Random Initializer: settings",
            "net-D", "Gradient Flow Trainer: configure", "missing", "Min-Norm Regression: execute");
        phases.forEach((id, phase) -> {
            Outcome knime = KnimeColumn.run(byId(id));
            Outcome node = NodeHost.run(byId(id));
            assertEquals(Outcome.Kind.ERROR, knime.kind(), id + ": " + knime);
            assertEquals(phase, knime.phase(), id);
            assertEquals(node.text(), knime.text(), id);
        });
    }
}
