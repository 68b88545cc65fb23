package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.nodes.MinNormRegressionNode;
import org.lnet.weka.steps.GradientFlowTrainerStep;
import org.lnet.weka.steps.MinNormRegressionStep;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.MemoryBasedDataSource;

/**
 * Bad input reaching a step (a nominal or string attribute selected, missing values, a nominal class as the default
 * target, settings out of range) stops the flow with one logged error that names the column or setting, in the node
 * layer's words; the JVM goes on, and the next run of a good flow succeeds.
 */
@Tag("slow")
class BadInputTest {

    /** x1, x2 numeric, color nominal, name string, y numeric; 6 rows; optionally a missing x2 in instance 3. */
    static Instances data(boolean missing) {
        ArrayList<Attribute> atts = new ArrayList<>();
        atts.add(new Attribute("x1"));
        atts.add(new Attribute("x2"));
        atts.add(new Attribute("color", List.of("red", "blue")));
        atts.add(new Attribute("name", (List<String>) null));
        atts.add(new Attribute("y"));
        Instances d = new Instances("bad", atts, 6);
        for (int i = 0; i < 6; i++) {
            double[] v = new double[5];
            v[0] = i;
            v[1] = (i * 7) % 5 - 2;
            v[2] = i % 2;
            v[3] = d.attribute(3).addStringValue("n" + i);
            v[4] = 2 * i - v[1];
            d.add(new DenseInstance(1, v));
        }
        if (missing) {
            d.instance(2).setValue(1, Utils.missingValue());
        }
        return d;
    }

    /** Data source → Min-Norm Regression → Capture. */
    static Flow minNormFlow(Instances data, String inputs, String targets) {
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        source.setInstances(data);
        MinNormRegressionStep step = new MinNormRegressionStep();
        step.setInputColumns(inputs);
        step.setTargetColumns(targets);
        Flow flow = KfRun.flow(source, step, new Capture("Out"));
        KfRun.connect(flow, "Data", "Min-Norm Regression", StepManager.CON_DATASET);
        KfRun.connect(flow, "Min-Norm Regression", "Out", StepManager.CON_DATASET);
        return flow;
    }

    static Capture out(Flow flow) {
        return (Capture) flow.findStep("Out").getManagedStep();
    }

    /** Runs a failing flow, checks it failed with exactly one error containing the message, then runs a good flow. */
    static void failsWith(Flow bad, String message) {
        KfRun run = KfRun.run(bad, Map.of());
        assertNull(run.runException, run.toString());
        assertTrue(run.stopped, "the flow stops: " + run);
        assertEquals(1, run.errors().size(), run.toString());
        String error = run.errors().get(0);
        assertTrue(error.startsWith("[ERROR] Min-Norm Regression$") || error.startsWith("[ERROR] Gradient Flow"),
            error);
        assertTrue(error.contains(message), "expected «" + message + "» in " + error);
        assertFalse(error.contains("\tat "), "a user error is logged without a stack trace: " + error);
        assertEquals(error.indexOf(message), error.lastIndexOf(message), "logged once, not again as the exception");
        assertTrue(run.status.stream().anyMatch(st -> st.contains("|ERROR: ") && st.contains(message)),
            "the GUI's status line shows the message, not only 'see log': " + run.status);
        assertTrue(out(bad).payloads(StepManager.CON_DATASET).isEmpty(), "nothing flows downstream");

        Flow good = minNormFlow(data(false), "x1, x2", "y");
        KfRun again = KfRun.run(good, Map.of());
        assertTrue(again.ok(), "a new run in the same JVM succeeds: " + again);
        assertEquals(1, out(good).payloads(StepManager.CON_DATASET).size());
    }

    @Test
    void nominalAttributeSelectedAsInput() {
        failsWith(minNormFlow(data(false), "x1, color", "y"),
            "Column 'color', selected as input, is a text column: inputs must be number columns.");
    }

    @Test
    void stringAttributeSelectedAsInput() {
        failsWith(minNormFlow(data(false), "name, x2", "y"),
            "Column 'name', selected as input, is a text column: inputs must be number columns.");
    }

    @Test
    void missingValueInAnInput() {
        failsWith(minNormFlow(data(true), "x1, x2", "y"),
            "Missing value in input column 'x2', row '3': remove or impute missing values before this node.");
    }

    @Test
    void nominalClassAsDefaultTarget() {
        Instances d = data(false);
        d.setClassIndex(2);
        failsWith(minNormFlow(d, "x1, x2", ""), "The class attribute 'color' is not numeric, but without chosen "
            + "target columns the class attribute is the target: choose numeric target columns in 'targetColumns', or "
            + "unset the class attribute.");
    }

    @Test
    void nominalAndStringAttributesAreLeftOutOfTheAutomaticInputs() {
        Flow flow = minNormFlow(data(false), "", "");
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());
        Instances theta = out(flow).<Instances>payloads(StepManager.CON_DATASET).get(0);
        assertEquals(List.of("x1", "x2"), List.of(theta.attribute(0).value(0), theta.attribute(0).value(1)));
        assertEquals("y", theta.attribute(1).name(), "the last numeric attribute is the default target");
    }

    @Test
    void numericClassIsTheDefaultTarget() {
        Instances d = data(false);
        d.setClassIndex(0);
        Flow flow = minNormFlow(d, "", "");
        KfRun run = KfRun.run(flow, Map.of());
        assertTrue(run.ok(), run.toString());
        Instances theta = out(flow).<Instances>payloads(StepManager.CON_DATASET).get(0);
        assertEquals("x1", theta.attribute(1).name(), "Θ̂ has one column per target: the class x1");
        assertEquals(List.of("x2", "y"), List.of(theta.attribute(0).value(0), theta.attribute(0).value(1)));
    }

    @Test
    void settingOutOfRangeStopsTheFlowBeforeItStartsWithTheNodeLayersMessage() {
        Flow flow = minNormFlow(data(false), "x1, x2", "y");
        ((MinNormRegressionStep) flow.findStep("Min-Norm Regression").getManagedStep()).setRcond("2");
        MapSettingsStore same = new MapSettingsStore();
        same.putDouble("rcond", 2);
        String expected = assertThrows(InvalidInputException.class, () -> new MinNormRegressionNode().load(same))
            .getMessage();
        assertEquals("Setting 'Rank cut-off (rcond)' (rcond) must be at least 0 and less than 1, not 2.0.", expected);
        KfRun run = KfRun.run(flow, Map.of());
        assertNotNull(run.runException, "stepInit fails: the flow does not start");
        assertTrue(run.errors().stream().anyMatch(e -> e.contains(expected)), run.toString());
        assertTrue(out(flow).payloads(StepManager.CON_DATASET).isEmpty());
    }

    @Test
    void textThatIsNotANumberIsRefusedNamingTheSetting() {
        Flow flow = minNormFlow(data(false), "x1, x2", "y");
        ((MinNormRegressionStep) flow.findStep("Min-Norm Regression").getManagedStep()).setRcond("small");
        KfRun run = KfRun.run(flow, Map.of());
        assertNotNull(run.runException);
        assertTrue(run.errors().stream().anyMatch(e -> e.contains("Setting 'Rank cut-off (rcond)' (rcond) must be a "
            + "number such as 0.5 or 1e-10, not 'small'.")), run.toString());
    }

    @Test
    void variablesAreSubstitutedInSettings() {
        Flow flow = minNormFlow(data(false), "${inputs}", "y");
        ((MinNormRegressionStep) flow.findStep("Min-Norm Regression").getManagedStep()).setRcond("${cut}");
        KfRun run = KfRun.run(flow, Map.of("inputs", "x2", "cut", "1e-12"));
        assertTrue(run.ok(), run.toString());
        Instances theta = out(flow).<Instances>payloads(StepManager.CON_DATASET).get(0);
        assertEquals(1, theta.numInstances(), "one input: x2");
    }

    @Test
    void aRequiredInputWithoutConnectionIsNamed() {
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        source.setInstances(data(false));
        Flow flow = KfRun.flow(source, new GradientFlowTrainerStep(), new Capture("Out"));
        KfRun.connect(flow, "Data", "Gradient Flow Trainer", StepManager.CON_DATASET);
        KfRun.connect(flow, "Gradient Flow Trainer", "Out", StepManager.CON_DATASET);
        KfRun run = KfRun.run(flow, Map.of());
        assertNotNull(run.runException);
        String port = new GradientFlowTrainerNode().info().inputs().get(0).name();
        assertTrue(run.errors().stream().anyMatch(e -> e.contains("Gradient Flow Trainer needs a 'linearNetwork' "
            + "connection for its input '" + port + "'")), run.toString());
    }
}
