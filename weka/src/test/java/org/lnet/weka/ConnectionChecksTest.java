package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lnet.weka.steps.BalancedInitializerStep;
import org.lnet.weka.steps.GradientFlowTrainerStep;
import org.lnet.weka.steps.MinNormRegressionStep;
import org.lnet.weka.steps.RandomInitializerStep;
import weka.core.converters.CSVLoader;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.ClassAssigner;
import weka.knowledgeflow.steps.Loader;
import weka.knowledgeflow.steps.MemoryBasedDataSource;
import weka.knowledgeflow.steps.Saver;

/**
 * Connections KnowledgeFlow's editor would not draw but a .kf file can hold (its loader forces every connection it
 * reads: {@code addOutgoingConnection(type, target, true)}) are refused when the flow initializes, with one error
 * naming the steps and what to do, no stack trace, nothing run; and a header-only CSV reports that it has no rows.
 */
class ConnectionChecksTest {

    static MemoryBasedDataSource data() {
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        source.setInstances(BadInputTest.data(false));
        return source;
    }

    /** Data and a Random Initializer feeding a Gradient Flow Trainer, whose network goes to Out. */
    static Flow trainer() {
        RandomInitializerStep init = new RandomInitializerStep();
        init.setInputColumns("x1, x2");
        init.setWidth("4");
        GradientFlowTrainerStep train = new GradientFlowTrainerStep();
        train.setTime("0.01");
        Flow flow = KfRun.flow(data(), init, train, new Capture("Out"));
        KfRun.connect(flow, "Data", "Random Initializer", StepManager.CON_DATASET);
        KfRun.connect(flow, "Data", "Gradient Flow Trainer", StepManager.CON_DATASET);
        KfRun.connect(flow, "Random Initializer", "Gradient Flow Trainer", LnetStep.CON_NETWORK);
        KfRun.connect(flow, "Gradient Flow Trainer", "Out", LnetStep.CON_NETWORK);
        return flow;
    }

    /** A connection as the .kf loader makes it: whatever the target says it takes. */
    static void force(Flow flow, String from, String to, String connection) {
        assertTrue(flow.findStep(from).addOutgoingConnection(connection, flow.findStep(to), true));
    }

    /** The flow does not start, and its one error contains the message (once, without a stack trace). */
    static KfRun refused(Flow flow, String message) {
        KfRun run = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> KfRun.run(flow, Map.of()),
            "a refused flow must not run (a loop would run until the heap is gone)");
        assertNotNull(run.runException, "stepInit refuses: " + run);
        assertEquals(1, run.errors().size(), run.toString());
        String error = run.errors().get(0);
        assertTrue(error.contains(message), "expected «" + message + "» in " + error);
        assertEquals(error.indexOf(message), error.lastIndexOf(message), "once: " + error);
        assertFalse(error.contains("\tat ") || error.contains("Exception"), "no stack trace: " + error);
        assertTrue(run.log.stream().noneMatch(l -> l.contains("rows, columns")), "nothing ran: " + run);
        return run;
    }

    @Test
    void theFlowAsDrawnRuns() {
        KfRun run = KfRun.run(trainer(), Map.of());
        assertTrue(run.ok(), run.toString());
    }

    @Test
    void aStepConnectedToItselfIsRefused() {
        Flow flow = trainer();
        force(flow, "Gradient Flow Trainer", "Gradient Flow Trainer", LnetStep.CON_NETWORK);
        refused(flow, "Gradient Flow Trainer is connected to itself: a step cannot feed its own input");
    }

    @Test
    void aLoopThroughTwoStepsIsRefusedNamingThem() {
        Flow flow = trainer();
        flow.addStep(new StepManagerImpl(new BalancedInitializerStep()));
        force(flow, "Gradient Flow Trainer", "Balanced Initializer", LnetStep.CON_NETWORK);
        force(flow, "Data", "Balanced Initializer", StepManager.CON_DATASET);
        force(flow, "Balanced Initializer", "Gradient Flow Trainer", LnetStep.CON_NETWORK);
        refused(flow, "Gradient Flow Trainer -> Balanced Initializer -> Gradient Flow Trainer form a loop");
    }

    @Test
    void aNetworkIntoMinNormRegressionIsRefused() {
        Flow flow = trainer();
        flow.addStep(new StepManagerImpl(new MinNormRegressionStep()));
        KfRun.connect(flow, "Data", "Min-Norm Regression", StepManager.CON_DATASET);
        force(flow, "Random Initializer", "Min-Norm Regression", LnetStep.CON_NETWORK);
        refused(flow, "Min-Norm Regression cannot take a 'linearNetwork' connection (from Random Initializer): it "
            + "takes dataSet.");
    }

    @Test
    void aNetworkIntoASaverLoadedFromAKfFileIsRefused() throws Exception {
        RandomInitializerStep init = new RandomInitializerStep();
        init.setWidth("4");
        Saver saver = new Saver();
        saver.setName("Save");
        Flow flow = KfRun.flow(init, saver);
        force(flow, "Random Initializer", "Save", LnetStep.CON_NETWORK);
        // through a file, as a hand-edited flow reaches KnowledgeFlow
        Path kf = KfRun.freshDir("network-into-saver").resolve("flow.kf");
        Files.writeString(kf, flow.toJSON(), StandardCharsets.UTF_8);
        refused(KfRun.load(kf), "Save cannot take a 'linearNetwork' connection (from Random Initializer): networks go "
            + "only to Linear Networks steps");
    }

    @Test
    void textIntoASaverIsRefusedSayingWhatItTakes() {
        MinNormRegressionStep step = new MinNormRegressionStep();
        Saver saver = new Saver();
        saver.setName("Save");
        Flow flow = KfRun.flow(data(), step, saver);
        KfRun.connect(flow, "Data", "Min-Norm Regression", StepManager.CON_DATASET);
        force(flow, "Min-Norm Regression", "Save", StepManager.CON_TEXT);
        refused(flow, "Save cannot take a 'text' connection (from Min-Norm Regression): it takes dataSet, "
            + "trainingSet, testSet, instance.");
    }

    @Test
    void anOutputTheStepDoesNotHaveIsRefused() {
        Flow flow = trainer();
        force(flow, "Random Initializer", "Out", StepManager.CON_IMAGE);
        refused(flow, "Random Initializer has no 'image' output (connected to Out): it sends linearNetwork.");
    }

    @Test
    void aHeaderOnlyCsvHasNoRows() throws Exception {
        Path dir = KfRun.freshDir("header-only");
        File csv = dir.resolve("empty.csv").toFile();
        Files.writeString(csv.toPath(), "x1,x2,y\n", StandardCharsets.UTF_8);
        CSVLoader reader = new CSVLoader();
        reader.setFile(csv);
        Loader loader = new Loader();
        loader.setName("Load");
        loader.setLoader(reader);
        ClassAssigner assigner = new ClassAssigner();
        assigner.setName("Class");
        assigner.setClassColumn("/last");
        Flow flow = KfRun.flow(loader, assigner, new MinNormRegressionStep(), new Capture("Out"));
        KfRun.connect(flow, "Load", "Class", StepManager.CON_DATASET);
        KfRun.connect(flow, "Class", "Min-Norm Regression", StepManager.CON_DATASET);
        KfRun.connect(flow, "Min-Norm Regression", "Out", StepManager.CON_DATASET);
        KfRun run = KfRun.run(flow, Map.of());
        assertEquals(1, run.errors().size(), run.toString());
        // the node layer's words for an empty table, as in KNIME and the reliability matrix
        assertTrue(run.errors().get(0).contains("The input table has no rows: the node needs at least one row of "
            + "data."), run.toString());
        assertFalse(run.errors().get(0).contains("class attribute"), run.toString());
    }
}
