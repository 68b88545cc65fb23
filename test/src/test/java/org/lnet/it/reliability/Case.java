package org.lnet.it.reliability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the reliability matrix: what a user feeds (data and settings), which pipeline runs it, and the kind
 * of outcome every host must show. Declarative: the per-host drivers ({@link NodeHost}, {@link CliHost},
 * {@link WekaHost}) translate it into their own calls; {@link Cases} lists them all.
 *
 * <p>Settings are keyed "node.key" with the node layer's keys, so each host maps them once: {@code init.*} the Random
 * Initializer, {@code train.*} the Gradient Flow Trainer, {@code minnorm.*} Min-Norm Regression, {@code bounds.*}
 * the Bound Evaluator, {@code sweep.*} the Width Sweep. {@code cancel.at} (a progress message fragment) and
 * {@code cancel.after} (how many such reports) say where a cancellation case asks its host to stop.
 */
record Case(String id, String description, Op op, Data data, Map<String, String> settings, Expect expect,
            Map<Host, String> notApplicable, Map<Host, List<String>> hostWords) {

    /** The pipelines the cases run; each host has one translation per pipeline. */
    enum Op {
        /** Min-Norm Regression (CLI: min-norm). */
        MIN_NORM,
        /** Random Initializer then Gradient Flow Trainer (CLI: init, then train). */
        TRAIN,
        /** Random Initializer alone (CLI: init). */
        INIT,
        /** Random Initializer then Bound Evaluator (CLI: init, then bounds). */
        BOUNDS,
        /** Width Sweep on the data (the CLI's fig1 sweeps only its own synthetic data). */
        SWEEP
    }

    enum Host {
        NODE("node layer"), CLI("CLI"), KNIME("KNIME"), WEKA("Weka");

        final String title;

        Host(String title) {
            this.title = title;
        }
    }

    /** What every host must show. */
    sealed interface Expect permits Ok, Error, Cancelled {
    }

    /**
     * A result, checked by {@code check} on each host's numbers; it returns the short summary the matrix shows and
     * throws an AssertionError when a number is wrong.
     */
    record Ok(Check check) implements Expect {
    }

    /** A refusal whose message contains every one of {@code words} (the column, the setting, the remedy). */
    record Error(List<String> words) implements Expect {
    }

    /** The host stops at its next cancellation check after the request, with no output and inputs unchanged. */
    record Cancelled() implements Expect {
    }

    @FunctionalInterface
    interface Check {
        String summarize(Case c, Outcome o);
    }

    String setting(String key) {
        return settings.get(key);
    }

    /** The settings of one node ("init", "train", ...), without the prefix. */
    Map<String, String> settingsOf(String node) {
        Map<String, String> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(node + ".")) {
                out.put(k.substring(node.length() + 1), v);
            }
        });
        return out;
    }

    /** The words a host's message must contain: the case's, or the host's own where its message differs. */
    List<String> words(Host host) {
        List<String> own = hostWords.get(host);
        return own != null ? own : ((Error) expect).words();
    }

    static Builder of(String id, String description) {
        return new Builder(id, description);
    }

    static final class Builder {
        private final String id;
        private final String description;
        private Op op = Op.MIN_NORM;
        private Data data;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<Host, String> notApplicable = new EnumMap<>(Host.class);
        private final Map<Host, List<String>> hostWords = new EnumMap<>(Host.class);

        private Builder(String id, String description) {
            this.id = id;
            this.description = description;
        }

        Builder op(Op o) {
            op = o;
            return this;
        }

        Builder data(Data d) {
            data = d;
            return this;
        }

        /** Pairs of key and value, e.g. {@code set("init.width", "0", "init.seed", "3")}. */
        Builder set(String... keyValues) {
            for (int i = 0; i < keyValues.length; i += 2) {
                settings.put(keyValues[i], keyValues[i + 1]);
            }
            return this;
        }

        Builder notApplicable(Host host, String reason) {
            notApplicable.put(host, reason);
            return this;
        }

        /** The words a host's own message (not the node layer's sentence) must contain. */
        Builder words(Host host, String... words) {
            hostWords.put(host, List.of(words));
            return this;
        }

        Case ok(Check check) {
            return build(new Ok(check));
        }

        Case error(String... words) {
            return build(new Error(List.of(words)));
        }

        Case cancelled() {
            return build(new Cancelled());
        }

        private Case build(Expect e) {
            // insertion-ordered copies: hosts see the settings in the order the case lists them, on every run
            return new Case(id, description, op, data, java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(settings)), e, new EnumMap<>(notApplicable), new EnumMap<>(hostWords));
        }
    }

    @Override
    public String toString() {
        return id;
    }

    /** Every id once. */
    static List<String> ids(List<Case> cases) {
        List<String> out = new ArrayList<>();
        for (Case c : cases) {
            if (out.contains(c.id())) {
                throw new IllegalStateException("two cases named " + c.id());
            }
            out.add(c.id());
        }
        return out;
    }
}
