package org.lnet.weka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import weka.core.Environment;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.FlowRunner;
import weka.knowledgeflow.LoggingLevel;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.Step;

/**
 * Runs a KnowledgeFlow flow in this JVM, headless, as weka.knowledgeflow.FlowRunner does, and keeps what it logged.
 * A run failed when {@code run()} threw (a step's stepInit failed), the flow was stopped, or an [ERROR] was logged.
 */
public final class KfRun {

    /** The committed example flows and their data. */
    public static final Path EXAMPLES = Path.of(System.getProperty("lnet.examples.dir", "../examples/weka"))
        .toAbsolutePath().normalize();

    public final boolean stopped;
    public final Exception runException;
    public final List<String> log;
    /** The status lines, as the GUI's status table gets them ("step name$hash|text"). */
    public final List<String> status;

    private KfRun(boolean stopped, Exception runException, List<String> log, List<String> status) {
        this.stopped = stopped;
        this.runException = runException;
        this.log = log;
        this.status = status;
    }

    public List<String> errors() {
        return log.stream().filter(l -> l.startsWith("[ERROR]")).toList();
    }

    public List<String> warnings() {
        return log.stream().filter(l -> l.startsWith("[WARNING]")).toList();
    }

    public boolean ok() {
        return runException == null && !stopped && errors().isEmpty();
    }

    @Override
    public String toString() {
        return "stopped=" + stopped + ", runException=" + runException + "\n" + String.join("\n", log);
    }

    /** Loads a .kf file. */
    public static Flow load(Path kf) {
        try {
            return Flow.loadFlow(kf.toFile(), new FlowRunner.SimpleLogger());
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + kf, e);
        }
    }

    /** Runs a flow with the given variables (added to the system environment) and waits until it has finished. */
    public static KfRun run(Flow flow, Map<String, String> variables) {
        return run(flow, variables, (runner, status) -> {
            // the status line repeats what the log says
        });
    }

    /**
     * Runs a flow as {@link #run(Flow, Map)}, handing every status line (steps report their progress there) to
     * {@code onStatus} in the thread of the step that reported it, with the runner, so a test can stop the flow at
     * a chosen point of a computation, e.g. with {@code runner.stopProcessing()} as the GUI's Stop button does.
     */
    public static KfRun run(Flow flow, Map<String, String> variables, BiConsumer<FlowRunner, String> onStatus) {
        return run(flow, variables, onStatus, null);
    }

    /**
     * Runs a flow as {@link #run(Flow, Map, BiConsumer)}, but instead of FlowRunner's own wait (at least 0.8 s, then
     * polls every 3 s) waits until {@code done} holds for the log so far (e.g. a capturing step has all it expects,
     * or an error was logged) and no step is busy any more. Tests that run many small flows use it to stay fast.
     */
    public static KfRun run(Flow flow, Map<String, String> variables, BiConsumer<FlowRunner, String> onStatus,
                            Predicate<List<String>> done) {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        List<String> status = Collections.synchronizedList(new ArrayList<>());
        FlowRunner runner = new FlowRunner();
        runner.setLogger(new weka.gui.Logger() {
            @Override
            public void logMessage(String message) {
                log.add(message);
            }

            @Override
            public void statusMessage(String message) {
                status.add(message);
                onStatus.accept(runner, message);
            }
        });
        runner.setLoggingLevel(LoggingLevel.BASIC);
        Environment env = new Environment();
        variables.forEach(env::addVariable);
        runner.setEnvironment(env);
        runner.setFlow(flow);
        Exception thrown = null;
        try {
            runner.run();
            if (done == null) {
                runner.waitUntilFinished();
            } else {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                while (!done.test(new ArrayList<>(log)) || runner.flowBusy()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the flow did not finish within 10 minutes:\n" + log);
                    }
                    Thread.sleep(5);
                }
            }
        } catch (Exception e) {
            thrown = e;
        }
        return new KfRun(runner.wasStopped(), thrown, new ArrayList<>(log), new ArrayList<>(status));
    }

    /** A new flow of the given steps, named by their names, connected by {@code connect(...)}. */
    public static Flow flow(Step... steps) {
        Flow f = new Flow();
        f.setFlowName("test");
        for (Step s : steps) {
            f.addStep(new StepManagerImpl(s));
        }
        return f;
    }

    /** Connects two steps of a flow by name; fails if KnowledgeFlow refuses the connection type. */
    public static void connect(Flow flow, String from, String to, String connection) {
        if (!flow.connectSteps(flow.findStep(from), flow.findStep(to), connection)) {
            throw new IllegalStateException(to + " refuses a " + connection + " connection from " + from);
        }
    }

    /** An empty directory under target/. */
    public static Path freshDir(String name) {
        Path dir = Path.of("target", "flows", name).toAbsolutePath();
        try {
            if (Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Collections.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
