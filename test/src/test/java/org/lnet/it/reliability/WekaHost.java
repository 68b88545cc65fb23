package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lnet.engine.train.TrajectoryPoint;
import org.lnet.node.Parameter;
import org.lnet.weka.Capture;
import org.lnet.weka.KfRun;
import org.lnet.weka.LnetStep;
import org.lnet.weka.NetworkPayload;
import org.lnet.weka.steps.BoundEvaluatorStep;
import org.lnet.weka.steps.GradientFlowTrainerStep;
import org.lnet.weka.steps.MinNormRegressionStep;
import org.lnet.weka.steps.RandomInitializerStep;
import org.lnet.weka.steps.WidthSweepStep;
import weka.core.Instances;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.MemoryBasedDataSource;
import weka.knowledgeflow.steps.Step;

/**
 * Weka as a host: the case's pipeline as a KnowledgeFlow flow built in code (a memory data source, our steps with
 * their bean properties set from the case's text settings, a capturing step at the end), run headless with
 * FlowRunner in this JVM as {@link KfRun} does. Results are read from what the flow delivers: the full-precision CSV
 * text output and the networks on the {@code linearNetwork} connection. A refusal must stop the flow with exactly one
 * logged error and nothing delivered downstream; after every failed or cancelled run a fresh flow must run.
 */
final class WekaHost {

    private static final Pattern ERROR = Pattern.compile("^\\[ERROR\\] (?:[^|]*\\|)?(.*)$", Pattern.DOTALL);
    private static final Pattern PERCENT = Pattern.compile("\\(\\d+%\\)$");

    private WekaHost() {
    }

    static Outcome run(Case c) {
        Instances data = c.data().instances();
        String before = data.toString();
        Flow flow = flow(c, data);
        Capture out = (Capture) flow.findStep("Out").getManagedStep();
        Stopper stopper = Stopper.of(c);
        int expected = switch (c.op()) {
            case MIN_NORM, TRAIN -> 2;
            case INIT, BOUNDS, SWEEP -> 1;
        };
        KfRun run = KfRun.run(flow, Map.of(), stopper == null ? (r, line) -> { } : stopper::status,
            log -> delivered(out) >= expected || log.stream().anyMatch(l -> l.startsWith("[ERROR]"))
                || stopper != null && stopper.requested());
        assertEquals(before, data.toString(), "the data set is left as it was");
        try {
            if (stopper != null && run.stopped && run.errors().isEmpty()) {
                return Outcome.cancelled(stopper.summary(out));
            }
            if (!run.errors().isEmpty() || run.runException != null) {
                return refusal(run, out);
            }
            assertTrue(run.ok(), run.toString());
            return Outcome.ok(numbers(c, out));
        } finally {
            if (!run.ok()) {
                assertANewRunWorks();
            }
        }
    }

    /** The pipeline of a case as a flow: Data → (Random Initializer →) the step → Out. */
    static Flow flow(Case c, Instances data) {
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        source.setInstances(data);
        Capture out = new Capture("Out");
        List<Step> steps = new ArrayList<>(List.of(source, out));
        Step main = switch (c.op()) {
            case MIN_NORM -> configure(new MinNormRegressionStep(), c, "minnorm", true);
            case INIT -> null;
            case TRAIN -> configure(new GradientFlowTrainerStep(), c, "train", true);
            case BOUNDS -> configure(new BoundEvaluatorStep(), c, "bounds", true);
            case SWEEP -> configure(new WidthSweepStep(), c, "sweep", true);
        };
        boolean initWithoutData = c.settingsOf("init").containsKey("inputs");
        Step init = switch (c.op()) {
            case INIT, TRAIN, BOUNDS -> configure(new RandomInitializerStep(), c, "init", !initWithoutData);
            default -> null;
        };
        for (Step s : new Step[] {init, main}) {
            if (s != null) {
                steps.add(s);
            }
        }
        Flow flow = KfRun.flow(steps.toArray(new Step[0]));
        if (init != null) {
            if (!initWithoutData) {
                KfRun.connect(flow, "Data", init.getName(), StepManager.CON_DATASET);
            }
            KfRun.connect(flow, init.getName(), main == null ? "Out" : main.getName(), LnetStep.CON_NETWORK);
        }
        if (main != null) {
            KfRun.connect(flow, "Data", main.getName(), StepManager.CON_DATASET);
            if (c.op() == Case.Op.TRAIN) {
                KfRun.connect(flow, main.getName(), "Out", LnetStep.CON_NETWORK);
            }
            KfRun.connect(flow, main.getName(), "Out", StepManager.CON_TEXT);
        }
        return flow;
    }

    /** Sets a step's bean properties from the case's settings as text (booleans through their boolean setter). */
    static <T extends LnetStep<?>> T configure(T step, Case c, String prefix, boolean columns) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        if (columns) {
            settings.put("inputColumns", String.join(", ", c.data().inputs()));
            settings.put("targetColumns", String.join(", ", c.data().targets()));
        }
        settings.putAll(c.settingsOf(prefix));
        settings.forEach((key, text) -> {
            try {
                Object value = step.node().parameter(key).kind() == Parameter.Kind.BOOLEAN ? (Object) Boolean
                    .parseBoolean(text) : text;
                new PropertyDescriptor(key, step.getClass()).getWriteMethod().invoke(step, value);
            } catch (ReflectiveOperationException | java.beans.IntrospectionException e) {
                throw new IllegalStateException(step.getName() + "." + key, e);
            }
        });
        return step;
    }

    /** One logged error, nothing delivered downstream; the message is the text after the step's log prefix. */
    private static Outcome refusal(KfRun run, Capture out) {
        assertEquals(1, run.errors().size(), "exactly one error: " + run);
        assertTrue(out.payloads(StepManager.CON_TEXT).isEmpty() && out.payloads(LnetStep.CON_NETWORK).isEmpty(),
            "nothing flows downstream after the error: " + run);
        String line = run.errors().get(0);
        assertFalse(line.contains("\tat "), "a user error is logged without a stack trace: " + line);
        Matcher m = ERROR.matcher(line.strip());
        assertTrue(m.matches(), line);
        // the log line is the message, then (Weka's LogManager) the exception's class and message, no stack frames
        String message = m.group(1).strip().lines().findFirst().orElse("");
        // stepInit failures (settings) stop the flow before it starts; data errors stop it while it runs
        return Outcome.error(message, run.runException != null ? "init" : "run");
    }

    /** Payloads the capturing step received. */
    static int delivered(Capture out) {
        return out.payloads(StepManager.CON_TEXT).size() + out.payloads(LnetStep.CON_NETWORK).size();
    }

    /** After a failure, the same JVM runs a fresh flow to the end (Weka and our steps keep no broken state). */
    private static void assertANewRunWorks() {
        Case good = Case.of("good", "").data(Data.regression(6, 3, 1, 1)).ok((c, o) -> "");
        Flow flow = flow(good, good.data().instances());
        Capture out = (Capture) flow.findStep("Out").getManagedStep();
        KfRun again = KfRun.run(flow, Map.of(), (r, line) -> { }, log -> delivered(out) >= 2
            || log.stream().anyMatch(l -> l.startsWith("[ERROR]")));
        assertTrue(again.ok(), "a new run after a failed one succeeds: " + again);
        assertEquals(2, ((Capture) flow.findStep("Out").getManagedStep()).payloads(StepManager.CON_TEXT).size());
    }

    private static Map<String, double[]> numbers(Case c, Capture out) {
        Outcome.Numbers n = new Outcome.Numbers();
        List<String> texts = out.payloads(StepManager.CON_TEXT);
        switch (c.op()) {
            case MIN_NORM -> {
                n.put("theta", Results.csv(texts.get(0), true).columns(c.data().targets()));
                Results.Parsed summary = Results.csv(texts.get(1), true);
                n.put("rank", summary.named("rank", "value"));
                n.put("residualLoss", summary.named("residualLoss", "value"));
            }
            case INIT -> Results.network(n, network(out), true);
            case TRAIN -> {
                Results.network(n, network(out), true);
                n.put("trajectory", Results.csv(texts.get(0), false).columns(List.of(TrajectoryPoint.COLUMNS)));
            }
            case BOUNDS -> {
                Results.Parsed b = Results.csv(texts.get(0), false);
                for (String col : Results.BOUNDS) {
                    n.put(col, b.columns(List.of(col)));
                }
            }
            case SWEEP -> {
                Results.Parsed s = Results.csv(texts.get(0), false);
                n.put("distance", s.columns(List.of("distance")));
                n.put("steps", s.columns(List.of("steps")));
                n.put("slope", s.columns(List.of("slope"))[0]);
                    n.put("slopeStdErr", s.columns(List.of("slopeStdErr"))[0]);
            }
        }
        return n.build();
    }

    private static org.lnet.engine.network.LinearNetwork network(Capture out) {
        List<NetworkPayload> nets = out.payloads(LnetStep.CON_NETWORK);
        assertEquals(1, nets.size());
        return nets.get(0).network().network();
    }

    /**
     * The GUI's Stop button, pressed at a chosen point: in the step's own thread, when its {@code cancel.after}-th
     * progress line containing {@code cancel.at} reaches the log's status area. Promptness is counted in progress
     * lines the step still reports after the request: none, as in the node layer.
     */
    static final class Stopper {
        private final String marker;
        private final int after;
        private int seen;
        private boolean requested;
        private int statusesAfter;

        private Stopper(String marker, int after) {
            this.marker = marker;
            this.after = after;
        }

        static Stopper of(Case c) {
            String at = c.setting("cancel.at");
            return at == null ? null : new Stopper(at, Integer.parseInt(c.setting("cancel.after")));
        }

        synchronized void status(weka.knowledgeflow.FlowRunner runner, String line) {
            if (!PERCENT.matcher(line).find()) {
                return; // not one of our progress lines (Weka's own status lines)
            }
            if (requested) {
                statusesAfter++;
            } else if (line.contains(marker) && ++seen == after) {
                requested = true;
                runner.stopProcessing();
            }
        }

        synchronized boolean requested() {
            return requested;
        }

        synchronized String summary(Capture out) {
            assertTrue(requested, "stopped without a request");
            assertEquals(0, statusesAfter, "no progress is reported after the stop request");
            assertTrue(out.payloads(StepManager.CON_TEXT).isEmpty() && out.payloads(LnetStep.CON_NETWORK).isEmpty(),
                "a stopped step delivers nothing");
            return "at the next check; no output; inputs unchanged";
        }
    }
}
