package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.lnet.charts.Charts;
import org.lnet.engine.Progress;
import org.lnet.engine.ntk.Activation;
import org.lnet.engine.ntk.Initialization;
import org.lnet.engine.ntk.NtkData;
import org.lnet.engine.ntk.NtkSweep;
import org.lnet.engine.ntk.TrainingSettings;
import org.lnet.weka.steps.WideNetworkWidthSweepStep;
import weka.core.Instances;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.MemoryBasedDataSource;

/** The Wide Network Width Sweep in headless KnowledgeFlow flows, against {@link NtkSweep} run directly. */
class WideNetworkWidthSweepStepTest {

    private static final String STEP = "Wide Network Width Sweep";

    @Test
    void withoutDataItIsAStartPointOnTheBuiltInDataAndTheEnginesNumbers() {
        WideNetworkWidthSweepStep sweep = new WideNetworkWidthSweepStep();
        sweep.setWidths("40, 160");
        sweep.setSeeds("2");
        sweep.setSeed("11");
        sweep.setThreads("1");
        Flow flow = KfRun.flow(sweep, new Capture("Out"));
        KfRun.connect(flow, STEP, "Out", StepManager.CON_DATASET);
        KfRun.connect(flow, STEP, "Out", StepManager.CON_IMAGE);
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());
        Capture out = (Capture) flow.findStep("Out").getManagedStep();
        Instances rows = out.<Instances>payloads(StepManager.CON_DATASET).get(0);

        NtkSweep.Result direct = NtkSweep.run(NtkData.sphere(20, 5, 100, 42), new NtkSweep.Settings(new long[] {40, 160},
            2, Activation.RELU, Initialization.ANTISYMMETRIC, TrainingSettings.defaults().withRecords(0), 11, 1),
            Progress.NONE);
        assertEquals(4, rows.numInstances());
        for (int r = 0; r < 4; r++) {
            NtkSweep.Row row = direct.rows().get(r);
            assertEquals(row.width(), rows.instance(r).value(rows.attribute("h")));
            assertEquals(row.relativeWeightDistance(), rows.instance(r).value(rows.attribute("relativeWeightDistance")));
            assertEquals(row.testPredictionDistance(), rows.instance(r).value(rows.attribute("testPredictionDistance")));
            assertEquals(direct.fit(NtkSweep.Row::relativeWeightDistance).slope(),
                rows.instance(r).value(rows.attribute("slope")));
        }
        // the slope, recomputed here: least squares of log relativeWeightDistance on log h over the four runs
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int r = 0; r < 4; r++) {
            double lx = Math.log(rows.instance(r).value(rows.attribute("h")));
            double ly = Math.log(rows.instance(r).value(rows.attribute("relativeWeightDistance")));
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
        }
        double slope = (4 * sxy - sx * sy) / (4 * sxx - sx * sx);
        assertEquals(slope, rows.instance(0).value(rows.attribute("slope")), 1e-12 * Math.abs(slope));
        BufferedImage chart = out.<BufferedImage>payloads(StepManager.CON_IMAGE).get(0);
        assertEquals(Charts.WIDTH, chart.getWidth());
    }

    @Test
    void onAnIncomingDataSetTheClassIsTheTargetAndThereAreNoTestPoints() {
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        // 12 points on the unit sphere of R^4 with the class attribute y first
        source.setInstances(WideNetworkTrainerStepTest.data());
        WideNetworkWidthSweepStep sweep = new WideNetworkWidthSweepStep();
        sweep.setWidths("20, 40");
        sweep.setSeeds("1");
        sweep.setThreads("1");
        sweep.setTol("1e-6");
        Flow flow = KfRun.flow(source, sweep, new Capture("Out"));
        KfRun.connect(flow, "Data", STEP, StepManager.CON_DATASET);
        KfRun.connect(flow, STEP, "Out", StepManager.CON_DATASET);
        KfRun.connect(flow, STEP, "Out", StepManager.CON_IMAGE);
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());
        Capture out = (Capture) flow.findStep("Out").getManagedStep();
        Instances rows = out.<Instances>payloads(StepManager.CON_DATASET).get(0);
        assertEquals(List.of(20.0, 40.0), List.of(rows.instance(0).value(0), rows.instance(1).value(0)));
        // the engine on X = x1..x4 and y = the class attribute, read here from the Instances
        Instances in = WideNetworkTrainerStepTest.data();
        DMatrixRMaj x = new DMatrixRMaj(in.numInstances(), 4);
        double[] y = new double[in.numInstances()];
        for (int i = 0; i < y.length; i++) {
            y[i] = in.instance(i).value(0);
            for (int l = 0; l < 4; l++) {
                x.set(i, l, in.instance(i).value(l + 1));
            }
        }
        NtkSweep.Result direct = NtkSweep.run(new NtkData(x, y, null, "test"), new NtkSweep.Settings(new long[] {20, 40},
            1, Activation.RELU, Initialization.ANTISYMMETRIC, TrainingSettings.defaults().withTolerance(1e-6)
                .withRecords(0), 1, 1), Progress.NONE);
        for (int r = 0; r < 2; r++) {
            assertEquals(direct.rows().get(r).relativeWeightDistance(),
                rows.instance(r).value(rows.attribute("relativeWeightDistance")));
            assertTrue(rows.instance(r).isMissing(rows.attribute("testPredictionDistance")));
        }
        assertEquals(1, out.payloads(StepManager.CON_IMAGE).size());
    }
}
