package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lnet.engine.CancelledException;
import org.lnet.node.nodes.RandomInitializerNode;
import org.lnet.weka.steps.BalancedInitializerStep;
import org.lnet.weka.steps.BoundEvaluatorStep;
import org.lnet.weka.steps.GradientFlowTrainerStep;
import org.lnet.weka.steps.RandomInitializerStep;
import org.lnet.weka.steps.WidthSweepStep;
import weka.core.Instances;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.MemoryBasedDataSource;

/** How the steps behave in a running flow: start points, two inputs, warnings, payloads, progress and stop. */
@Tag("slow")
class StepRuntimeTest {

    @Test
    void initializerWithoutDataIsAStartPointAndSendsANetwork() {
        RandomInitializerStep init = new RandomInitializerStep();
        init.setInputs("3");
        init.setOutputs("2");
        init.setWidth("5");
        Flow flow = KfRun.flow(init, new Capture("Out"));
        KfRun.connect(flow, "Random Initializer", "Out", LnetStep.CON_NETWORK);
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());
        List<NetworkPayload> nets = ((Capture) flow.findStep("Out").getManagedStep()).payloads(LnetStep.CON_NETWORK);
        assertEquals(1, nets.size());
        assertEquals(3, nets.get(0).network().spec().inputs());
        assertEquals(List.of("y1", "y2"), nets.get(0).network().spec().targetColumns());
        assertTrue(run.log.stream().anyMatch(l -> l.contains("Linear network D=3, m=2, h=5")), run.toString());
    }

    @Test
    void trainerWaitsForBothInputsAndLogsTheNodesWarnings() {
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        source.setInstances(BadInputTest.data(false));
        RandomInitializerStep init = new RandomInitializerStep();
        init.setInputColumns("x1, x2");
        init.setWidth("4");
        GradientFlowTrainerStep train = new GradientFlowTrainerStep();
        train.setTime("0.01");
        train.setTol("1e-30");
        BoundEvaluatorStep bounds = new BoundEvaluatorStep();
        Capture out = new Capture("Out");
        Flow flow = KfRun.flow(source, init, train, bounds, out, new Capture("Image"));
        KfRun.connect(flow, "Data", "Random Initializer", StepManager.CON_DATASET);
        KfRun.connect(flow, "Random Initializer", "Gradient Flow Trainer", LnetStep.CON_NETWORK);
        KfRun.connect(flow, "Data", "Gradient Flow Trainer", StepManager.CON_DATASET);
        KfRun.connect(flow, "Random Initializer", "Bound Evaluator", LnetStep.CON_NETWORK);
        KfRun.connect(flow, "Data", "Bound Evaluator", StepManager.CON_DATASET);
        KfRun.connect(flow, "Gradient Flow Trainer", "Out", LnetStep.CON_NETWORK);
        KfRun.connect(flow, "Gradient Flow Trainer", "Out", StepManager.CON_TEXT);
        KfRun.connect(flow, "Gradient Flow Trainer", "Image", StepManager.CON_IMAGE);
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());
        assertEquals(1, out.payloads(LnetStep.CON_NETWORK).size());
        assertEquals(List.of("Gradient Flow Trainer - Trajectory"), out.titles(StepManager.CON_TEXT));
        String csv = out.<String>payloads(StepManager.CON_TEXT).get(0);
        assertTrue(csv.startsWith("t,loss,excessLoss,theorem1Bound,u2vNorm,distanceToMinNorm,imbalanceDrift,boundHolds\n"), csv);
        BufferedImage chart = ((Capture) flow.findStep("Image").getManagedStep()).<BufferedImage>payloads(
            StepManager.CON_IMAGE).get(0);
        assertTrue(chart.getWidth() > 0);
        // the node's warning (tolerance not reached) is logged as a warning, the run still succeeds
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("before L - L* reached tol")), run.toString());
        // the Bound Evaluator's warning about a mismatching α does not appear: the network was drawn with 0.5
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("Bound Evaluator")), run.toString());
    }

    @Test
    void balancedInitializerKeepsTheEndToEndMapOfTheConnectedNetwork() {
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        source.setInstances(BadInputTest.data(false));
        RandomInitializerStep init = new RandomInitializerStep();
        init.setInputColumns("x1, x2");
        init.setWidth("6");
        BalancedInitializerStep balanced = new BalancedInitializerStep();
        balanced.setWidth("8");
        balanced.setInputColumns("x1, x2");
        Capture random = new Capture("Random");
        Capture out = new Capture("Balanced");
        Flow flow = KfRun.flow(source, init, balanced, random, out);
        KfRun.connect(flow, "Data", "Random Initializer", StepManager.CON_DATASET);
        KfRun.connect(flow, "Random Initializer", "Random", LnetStep.CON_NETWORK);
        KfRun.connect(flow, "Random Initializer", "Balanced Initializer", LnetStep.CON_NETWORK);
        KfRun.connect(flow, "Data", "Balanced Initializer", StepManager.CON_DATASET);
        KfRun.connect(flow, "Balanced Initializer", "Balanced", LnetStep.CON_NETWORK);
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());
        NetworkPayload start = random.<NetworkPayload>payloads(LnetStep.CON_NETWORK).get(0);
        NetworkPayload result = out.<NetworkPayload>payloads(LnetStep.CON_NETWORK).get(0);
        assertEquals("balanced", result.network().spec().initialization());
        assertEquals(8, result.network().network().width());
        // U V^T = Θ0 (paper, Section 4): the same end-to-end map, up to rounding of M^(±1/4)
        DMatrixRMaj theta0 = start.network().network().theta();
        DMatrixRMaj theta = result.network().network().theta();
        for (int i = 0; i < theta0.getNumElements(); i++) {
            assertEquals(theta0.get(i), theta.get(i), 1e-12 * (1 + Math.abs(theta0.get(i))));
        }
    }

    @Test
    void widthSweepWithoutDataIsAStartPointOnThePapersData() {
        WidthSweepStep sweep = new WidthSweepStep();
        sweep.setWidths("40, 160");
        sweep.setSeeds("1");
        sweep.setTol("1e-6");
        Flow flow = KfRun.flow(sweep, new Capture("Out"));
        KfRun.connect(flow, "Width Sweep", "Out", StepManager.CON_DATASET);
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());
        Instances rows = ((Capture) flow.findStep("Out").getManagedStep()).<Instances>payloads(
            StepManager.CON_DATASET).get(0);
        assertEquals(2, rows.numInstances());
        assertEquals(160, rows.instance(1).value(rows.attribute("h")));
        assertTrue(rows.instance(1).value(rows.attribute("distance")) < rows.instance(0).value(
            rows.attribute("distance")), "the wider network ends nearer Θ̂");
    }

    @Test
    void networkPayloadSerializesAsTheCodecBytes() throws Exception {
        RandomInitializerNode node = new RandomInitializerNode();
        NetworkPayload payload = new NetworkPayload(
            (org.lnet.node.network.NetworkPortObject) node.execute(node.defaults(), new org.lnet.node.PortValue[1],
                org.lnet.engine.Progress.NONE).output(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(payload);
        }
        NetworkPayload copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (NetworkPayload) in.readObject();
        }
        assertArrayEquals(payload.bytes(), copy.bytes());
        assertEquals(payload.network().spec(), copy.network().spec());
        assertEquals(payload.toString(), copy.toString());
    }

    /** A StepManager whose only behaviour is a stop flag and a status line. */
    static StepManager manager(boolean[] stop, List<String> status) {
        return (StepManager) Proxy.newProxyInstance(StepManager.class.getClassLoader(),
            new Class<?>[] {StepManager.class}, (proxy, method, args) -> switch (method.getName()) {
                case "isStopRequested" -> stop[0];
                case "statusMessage" -> {
                    status.add((String) args[0]);
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
    }

    @Test
    void progressGoesToTheStatusLineAndAStopBecomesCancellation() {
        boolean[] stop = {false};
        List<String> status = new ArrayList<>();
        StepProgress progress = new StepProgress(manager(stop, status));
        progress.checkCanceled();
        progress.report(0.101, "training");
        progress.report(0.104, "training");
        progress.report(0.5, "training");
        progress.slice(0.5, 1).report(1, "done");
        assertEquals(List.of("training (10%)", "training (50%)", "done (100%)"), status, "once per percent");
        stop[0] = true;
        assertThrows(CancelledException.class, progress::checkCanceled);
    }
}
