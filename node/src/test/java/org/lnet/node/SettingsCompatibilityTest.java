package org.lnet.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lnet.node.nodes.Nodes;

/**
 * Settings saved by the previous version load to the same values. The record below is test data from outside the
 * code under test: the output of the node layer of commit 048719b (before typed settings), each node's
 * {@code defaults().save(store)} as {@code node key kind value}, values in the text form of that version.
 */
class SettingsCompatibilityTest {

    private static final String PREVIOUS_DEFAULTS = """
        RandomInitializer inputColumns COLUMNS -
        RandomInitializer targetColumns COLUMNS -
        RandomInitializer inputs LONG 10
        RandomInitializer outputs LONG 1
        RandomInitializer width LONG 100
        RandomInitializer implicitWidth BOOLEAN false
        RandomInitializer alpha DOUBLE 0.5
        RandomInitializer sigmaU DOUBLE 1
        RandomInitializer sigmaV DOUBLE 1
        RandomInitializer seed LONG 1
        RandomInitializer invariantSet BOOLEAN false
        BalancedInitializer inputColumns COLUMNS -
        BalancedInitializer targetColumns COLUMNS -
        BalancedInitializer width LONG 100
        BalancedInitializer implicitWidth BOOLEAN false
        BalancedInitializer seed LONG 1
        GradientFlowTrainer inputColumns COLUMNS -
        GradientFlowTrainer targetColumns COLUMNS -
        GradientFlowTrainer method CHOICE flow
        GradientFlowTrainer time DOUBLE 10
        GradientFlowTrainer lr DOUBLE 0.01
        GradientFlowTrainer steps LONG 10000
        GradientFlowTrainer tol DOUBLE 0
        GradientFlowTrainer loss CHOICE sum
        GradientFlowTrainer rtol DOUBLE 1e-10
        GradientFlowTrainer atol DOUBLE 1e-12
        GradientFlowTrainer records LONG 100
        GradientFlowTrainer rcond DOUBLE 0
        MinNormRegression inputColumns COLUMNS -
        MinNormRegression targetColumns COLUMNS -
        MinNormRegression rcond DOUBLE 0
        BoundEvaluator inputColumns COLUMNS -
        BoundEvaluator targetColumns COLUMNS -
        BoundEvaluator alpha DOUBLE 0.5
        BoundEvaluator delta DOUBLE 0.1
        BoundEvaluator rcond DOUBLE 0
        LinearNetworkPredictor inputColumns COLUMNS -
        NetworkToTable maxColumns LONG 10000
        TableToNetwork implicitWidth LONG 0
        TableToNetwork initialization TEXT user
        WidthSweep inputColumns COLUMNS -
        WidthSweep targetColumns COLUMNS -
        WidthSweep widths TEXT 500,1000,2000,5000,10000
        WidthSweep seeds LONG 5
        WidthSweep mode CHOICE implicit
        WidthSweep alpha DOUBLE 0.5
        WidthSweep method CHOICE gd
        WidthSweep lr DOUBLE 0.5
        WidthSweep tol DOUBLE 1e-10
        WidthSweep loss CHOICE mean
        WidthSweep steps LONG 100000
        WidthSweep seed LONG 1
        WidthSweep delta DOUBLE 0.1
        WidthSweep threads LONG 0
        WideNetworkTrainer inputColumns COLUMNS -
        WideNetworkTrainer targetColumns COLUMNS -
        WideNetworkTrainer width LONG 1000
        WideNetworkTrainer activation CHOICE relu
        WideNetworkTrainer init CHOICE antisymmetric
        WideNetworkTrainer seed LONG 1
        WideNetworkTrainer lr DOUBLE 0
        WideNetworkTrainer steps LONG 100000
        WideNetworkTrainer tol DOUBLE 1e-9
        WideNetworkTrainer loss CHOICE sum
        WideNetworkTrainer records LONG 100
        WideNetworkWidthSweep inputColumns COLUMNS -
        WideNetworkWidthSweep targetColumns COLUMNS -
        WideNetworkWidthSweep widths TEXT 100,400,1600,6400
        WideNetworkWidthSweep seeds LONG 3
        WideNetworkWidthSweep activation CHOICE relu
        WideNetworkWidthSweep init CHOICE antisymmetric
        WideNetworkWidthSweep seed LONG 1
        WideNetworkWidthSweep lr DOUBLE 0
        WideNetworkWidthSweep steps LONG 100000
        WideNetworkWidthSweep tol DOUBLE 1e-9
        WideNetworkWidthSweep loss CHOICE sum
        WideNetworkWidthSweep threads LONG 0
        """;

    /** The previous version's saved defaults per node, as stores of that version's layout. */
    private static Map<String, MapSettingsStore> previousStores() {
        Map<String, MapSettingsStore> stores = new LinkedHashMap<>();
        for (String line : PREVIOUS_DEFAULTS.strip().split("\n")) {
            String[] f = line.strip().split(" ");
            MapSettingsStore s = stores.computeIfAbsent(f[0], k -> new MapSettingsStore());
            String v = f[3];
            switch (f[2]) {
                case "DOUBLE" -> s.putDouble(f[1], Double.parseDouble(v));
                case "LONG" -> s.putLong(f[1], Long.parseLong(v));
                case "BOOLEAN" -> s.putBoolean(f[1], Boolean.parseBoolean(v));
                case "COLUMNS" -> s.putStringArray(f[1], new String[0]);
                default -> s.putString(f[1], v.replace(",", ", "));
            }
        }
        return stores;
    }

    @Test
    void everyKeyOfThePreviousVersionIsStillReadUnderItsKeyOrAsAFormerKey() {
        previousStores().forEach((id, store) -> {
            LinearNetworkNode<?> node = Nodes.byId(id);
            for (String key : store.keys()) {
                boolean read = node.parameters().stream()
                    .anyMatch(p -> p.key().equals(key) || p.formerKeys().contains(key));
                assertTrue(read, id + " no longer reads the key " + key);
            }
        });
    }

    @Test
    void thePreviousVersionsDefaultsLoadAsTodaysDefaults() {
        previousStores().forEach((id, store) -> {
            LinearNetworkNode<?> node = Nodes.byId(id);
            assertEquals(node.defaults(), node.load(store), id);
        });
    }

    /** The renamed key: Table to Network's width, "implicitWidth" before, is read from there when "width" is absent. */
    @Test
    void aStoreWithTheFormerWidthKeyLoadsTheSameWidth() {
        LinearNetworkNode<?> node = Nodes.byId("TableToNetwork");
        MapSettingsStore old = previousStores().get("TableToNetwork");
        old.putLong("implicitWidth", 5000);
        MapSettingsStore current = new MapSettingsStore();
        current.putLong("width", 5000);
        current.putString("initialization", "user");
        assertEquals(node.load(current), node.load(old));
        Parameter width = node.parameter("width");
        assertNotNull(width);
        assertEquals(java.util.List.of("implicitWidth"), width.formerKeys());
        MapSettingsStore resaved = new MapSettingsStore();
        node.load(old).save(resaved);
        assertEquals(current, resaved, "saved again under the current key only");
        old.putLong("width", 7000);
        assertEquals(7000L, ((WholeSetting) width).read(old), "the current key wins over a former one");
    }
}
