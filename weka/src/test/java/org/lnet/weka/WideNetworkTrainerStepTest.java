package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.lnet.charts.Charts;
import org.lnet.engine.Progress;
import org.lnet.engine.ntk.Activation;
import org.lnet.engine.ntk.Initialization;
import org.lnet.engine.ntk.NtkData;
import org.lnet.engine.ntk.TrainingResult;
import org.lnet.engine.ntk.TrainingSettings;
import org.lnet.engine.ntk.TrajectoryRecord;
import org.lnet.engine.ntk.WideNetwork;
import org.lnet.engine.ntk.WideNetworkTrainer;
import org.lnet.weka.steps.WideNetworkTrainerStep;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.MemoryBasedDataSource;

/**
 * The Wide Network Trainer in a headless KnowledgeFlow flow: data source (class attribute y first) → step → captures.
 * Its numbers are the engine's, trained directly from the same seed on X and y read from the Instances.
 */
class WideNetworkTrainerStepTest {

    private static final String STEP = "Wide Network Trainer";

    /** 12 points on the unit sphere of R^4, y = sin(3 u·x); attributes y (the class), x1..x4. */
    static Instances data() {
        NtkData d = NtkData.sphere(12, 4, 0, 3);
        ArrayList<Attribute> atts = new ArrayList<>(List.of(new Attribute("y"), new Attribute("x1"),
            new Attribute("x2"), new Attribute("x3"), new Attribute("x4")));
        Instances out = new Instances("sphere", atts, 12);
        for (int i = 0; i < 12; i++) {
            double[] v = new double[5];
            v[0] = d.y()[i];
            for (int l = 0; l < 4; l++) {
                v[l + 1] = d.x().get(i, l);
            }
            out.add(new DenseInstance(1, v));
        }
        out.setClassIndex(0);
        return out;
    }

    private static Flow flow(Instances data, WideNetworkTrainerStep step) {
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        source.setInstances(data);
        Flow flow = KfRun.flow(source, step, new Capture("Out"), new Capture("Image"));
        KfRun.connect(flow, "Data", STEP, StepManager.CON_DATASET);
        KfRun.connect(flow, STEP, "Out", StepManager.CON_DATASET);
        KfRun.connect(flow, STEP, "Out", StepManager.CON_TEXT);
        KfRun.connect(flow, STEP, "Image", StepManager.CON_IMAGE);
        return flow;
    }

    private static Capture capture(Flow flow, String name) {
        return (Capture) flow.findStep(name).getManagedStep();
    }

    @Test
    void flowOutputsAreTheEnginesRunOnTheClassAttribute() {
        Instances data = data();
        WideNetworkTrainerStep step = new WideNetworkTrainerStep();
        step.setWidth("200");
        step.setRecords("8");
        step.setSeed("5");
        Flow flow = flow(data, step);
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());

        DMatrixRMaj x = new DMatrixRMaj(12, 4);
        double[] y = new double[12];
        double halfSum = 0;
        for (int i = 0; i < 12; i++) {
            y[i] = data.instance(i).value(0);
            halfSum += 0.5 * y[i] * y[i];
            for (int l = 0; l < 4; l++) {
                x.set(i, l, data.instance(i).value(l + 1));
            }
        }
        TrainingResult direct = WideNetworkTrainer.train(WideNetwork.initialize(200, 4, Activation.RELU,
            Initialization.ANTISYMMETRIC, 5), x, y, null, TrainingSettings.defaults().withRecords(8), Progress.NONE);
        // the reference run reached the tolerance (its loss, not its own verdict)
        assertTrue(direct.last().loss() <= TrainingSettings.DEFAULT_TOLERANCE, "loss " + direct.last().loss());

        Capture out = capture(flow, "Out");
        Instances trajectory = out.<Instances>payloads(StepManager.CON_DATASET).get(0);
        assertEquals(STEP + " - Trajectory", trajectory.relationName());
        assertEquals(direct.trajectory().size(), trajectory.numInstances());
        for (int r = 0; r < trajectory.numInstances(); r++) {
            TrajectoryRecord rec = direct.trajectory().get(r);
            assertEquals(rec.step(), trajectory.instance(r).value(trajectory.attribute("step")));
            assertEquals(rec.loss(), trajectory.instance(r).value(trajectory.attribute("loss")));
            assertEquals(rec.relativeWeightDistance(),
                trajectory.instance(r).value(trajectory.attribute("relativeWeightDistance")));
            assertTrue(trajectory.instance(r).isMissing(trajectory.attribute("testPredictionDistance")),
                "no test points in Weka");
        }
        // the start, independently of the engine: f(·; W(0)) = 0 for the antisymmetric initialization
        assertEquals(halfSum, trajectory.instance(0).value(trajectory.attribute("loss")), 1e-12 * halfSum);

        assertEquals(List.of(STEP + " - Trajectory", STEP + " - Summary", STEP + " - Predictions"),
            out.titles(StepManager.CON_TEXT));
        List<String> texts = out.payloads(StepManager.CON_TEXT);
        TestCsv summary = TestCsv.parse(texts.get(1));
        assertEquals(200, summary.value(0, "h"));
        assertEquals("tolerance", summary.text(0, "stop"));
        assertEquals(direct.steps(), summary.value(0, "steps"));
        assertEquals(direct.learningRate(), summary.value(0, "lr"));
        assertEquals(direct.last().weightDistance(), summary.value(0, "weightDistance"));
        assertEquals(direct.last().relativeWeightDistance(), summary.value(0, "relativeWeightDistance"));
        assertEquals(direct.linearized().conditionNumber(), summary.value(0, "conditionNumber"));

        // without test points the predictions are at the training rows (Weka's 1-based instance numbers):
        // the linearized model interpolates y; training stopped at 1/2 Σ r_i^2 ≤ 1e-9, so |f - y| < sqrt(2e-9)
        TestCsv predictions = TestCsv.parse(texts.get(2));
        assertEquals(12, predictions.rows.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(Integer.toString(i + 1), predictions.rows.get(i).get(0));
            assertEquals(y[i], predictions.value(i, "Prediction (linearized model)"), 1e-10);
            assertEquals(y[i], predictions.value(i, "Prediction (trained network)"), 5e-5);
        }

        BufferedImage chart = capture(flow, "Image").<BufferedImage>payloads(StepManager.CON_IMAGE).get(0);
        assertNotNull(chart);
        assertEquals(Charts.WIDTH, chart.getWidth());
    }

    @Test
    void oddWidthStopsTheFlowBeforeItStartsNamingTheSetting() {
        WideNetworkTrainerStep step = new WideNetworkTrainerStep();
        step.setWidth("101");
        Flow flow = flow(data(), step);
        KfRun run = KfRun.run(flow, Map.of());
        assertNotNull(run.runException, "stepInit fails: the flow does not start");
        assertTrue(run.errors().stream().anyMatch(e -> e.contains("Setting 'Width h' (width) must be even for the "
            + "antisymmetric initialization")), run.toString());
        assertTrue(capture(flow, "Out").payloads(StepManager.CON_DATASET).isEmpty());
    }

    @Test
    void twoTargetsAreRefusedWhenTheDataArrive() {
        WideNetworkTrainerStep step = new WideNetworkTrainerStep();
        step.setTargetColumns("y, x4");
        step.setWidth("20");
        Flow flow = flow(data(), step);
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.stopped, run.toString());
        assertEquals(1, run.errors().size(), run.toString());
        assertTrue(run.errors().get(0).contains("(targetColumns) selects 2 columns (y, x4), but the network has one "
            + "output"), run.toString());
    }
}
