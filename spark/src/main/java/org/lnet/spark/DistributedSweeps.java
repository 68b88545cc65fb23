package org.lnet.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.ntk.NtkData;
import org.lnet.engine.ntk.NtkSweep;
import org.lnet.engine.sweep.WidthSweep;

/**
 * Width sweeps with one Spark task per run (h, repetition). Each task calls the engine's own run with the seed the
 * engine derives from (base seed, h, repetition), and the rows come back in the engine's order, so the result is the
 * single-machine sweep's bit for bit, whatever the cluster and the order the tasks ran in.
 */
final class DistributedSweeps {
    private DistributedSweeps() {
    }

    /** {@link WidthSweep#run} with the runs spread over the cluster (the settings' thread count is not used). */
    static WidthSweep.Result widthSweep(JavaSparkContext spark, DataDecomposition data, WidthSweep.Settings settings) {
        settings.validate();
        List<long[]> runs = WidthSweep.runs(settings);
        Broadcast<DataDecomposition> shared = spark.broadcast(data);
        List<WidthSweep.Row> rows = spark.parallelize(runs, runs.size())
            .map(run -> WidthSweep.runOne(shared.value(), settings, run[0], (int) run[1], Progress.NONE)).collect();
        return WidthSweep.collect(settings, rows);
    }

    /** {@link NtkSweep#run} with the runs spread over the cluster (the settings' thread count is not used). */
    static NtkSweep.Result ntkSweep(JavaSparkContext spark, NtkData data, NtkSweep.Settings settings) {
        settings.validate();
        data.validate();
        List<long[]> runs = NtkSweep.runs(settings);
        Broadcast<NtkData> shared = spark.broadcast(data);
        Broadcast<NtkSweep.Reference> reference = spark.broadcast(NtkSweep.reference(data, settings));
        List<NtkSweep.Row> rows = spark.parallelize(runs, runs.size())
            .map(run -> NtkSweep.runOne(shared.value(), settings, run[0], (int) run[1], reference.value(), Progress.NONE))
            .collect();
        return new NtkSweep.Result(settings, data, rows);
    }
}
