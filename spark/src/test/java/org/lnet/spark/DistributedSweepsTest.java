package org.lnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.data.SyntheticData;
import org.lnet.engine.ntk.Activation;
import org.lnet.engine.ntk.Initialization;
import org.lnet.engine.ntk.NtkData;
import org.lnet.engine.ntk.NtkSweep;
import org.lnet.engine.ntk.TrainingSettings;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.nodes.WidthSweepNode;
import org.lnet.node.table.ColumnSelection;

/**
 * Sweeps with one Spark task per (width, seed) against the engine's single-machine sweep on the same data: the rows
 * (every double compared bit for bit by the records' equals) and the fitted slopes are identical.
 */
@Tag("slow")
class DistributedSweepsTest {

    @Test
    void widthSweepEqualsTheEnginesBitForBit() {
        SyntheticData.Pair pair = SyntheticData.figure1(20, 30, 2, 42);
        DataDecomposition data = DataDecomposition.of(pair.x(), pair.y());
        for (boolean implicit : new boolean[] {false, true}) {
            WidthSweep.Settings settings = new WidthSweep.Settings(implicit ? new long[] {1_000, 1_000_000} : new long[] {40, 160},
                2, 0.5, 1.0, 1e-6, LossConvention.MEAN, 20_000, implicit, 7, 0.1, 1);
            WidthSweep.Result engine = WidthSweep.run(data, settings, Progress.NONE);
            WidthSweep.Result spark = DistributedSweeps.widthSweep(LocalSpark.context(), data, settings);
            assertEquals(engine.rows(), spark.rows());
            assertEquals(Double.doubleToLongBits(engine.slope()), Double.doubleToLongBits(spark.slope()));
            assertEquals(Double.doubleToLongBits(engine.slopeStandardError()), Double.doubleToLongBits(spark.slopeStandardError()));
        }
    }

    @Test
    void ntkSweepEqualsTheEnginesBitForBit() {
        NtkData data = NtkData.sphere(8, 3, 40, 42);
        NtkSweep.Settings settings = new NtkSweep.Settings(new long[] {64, 256}, 2, Activation.RELU,
            Initialization.ANTISYMMETRIC, TrainingSettings.defaults().withRecords(0), 5, 1);
        NtkSweep.Result engine = NtkSweep.run(data, settings, Progress.NONE);
        NtkSweep.Result spark = DistributedSweeps.ntkSweep(LocalSpark.context(), data, settings);
        assertEquals(engine.rows(), spark.rows());
        assertEquals(engine.fit(NtkSweep.Row::relativeWeightDistance), spark.fit(NtkSweep.Row::relativeWeightDistance));
    }

    /**
     * The width-sweep command on a CSV table: the data decomposition is computed distributed, the settings are the
     * Width Sweep node's (by key), and the table it writes holds the rows of the engine's sweep on that decomposition,
     * bit for bit (doubles are written in their shortest exact form).
     */
    @Test
    void widthSweepCommandOnATable(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("data.csv");
        SyntheticData.Pair pair = SyntheticData.figure1(30, 8, 1, 3);
        StringBuilder text = new StringBuilder("a,b,c,d,e,f,g,h,target\n");
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 8; j++) {
                text.append(pair.x().get(i, j)).append(',');
            }
            text.append(pair.y().get(i, 0)).append('\n');
        }
        Files.writeString(csv, text);
        Map<String, Object> json = Main.run(LocalSpark.session(), new String[] {"width-sweep", "--data", csv.toString(),
            "--widths", "30,120", "--seeds", "2", "--mode", "explicit", "--tol", "1e-5", "--lr", "0.5", "--out-dir", dir.toString()}, 0);

        WidthSweepNode node = new WidthSweepNode();
        MapSettingsStore store = new MapSettingsStore();
        store.putString("widths", "30,120");
        store.putLong("seeds", 2);
        store.putString("mode", "explicit");
        store.putDouble("tol", 1e-5);
        store.putDouble("lr", 0.5);
        WidthSweep.Settings settings = node.load(store).sweep();
        // the decomposition the job computes (same reading, same partitions, same merge order: same bits)
        var table = Tables.read(LocalSpark.session(), csv.toString(), null, Map.of());
        DataDecomposition data = Commands.factor(table, ColumnSelection.resolve(Tables.spec(table.schema()), List.of(),
            List.of(), null), node.parameters()).finish();
        WidthSweep.Result engine = WidthSweep.run(data, settings, Progress.NONE);
        assertEquals(4, json.get("runs"));
        assertEquals(engine.slope(), json.get("slope"));
        assertEquals(Outputs.csv(engine.rows(), WidthSweep.Row.class), Files.readString(dir.resolve("width-sweep.csv")));
    }

    /** Node settings given on the command line are checked by the node layer, with its message. */
    @Test
    void badSettingsGetTheNodeLayersMessage() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Main.run(LocalSpark.session(),
            new String[] {"width-sweep", "--seeds", "0", "--out-dir", "unused"}, 0));
        MapSettingsStore store = new MapSettingsStore();
        store.putLong("seeds", 0);
        InvalidInputException node = assertThrows(InvalidInputException.class, () -> new WidthSweepNode().load(store));
        assertEquals(node.getMessage(), e.getMessage());
    }
}
