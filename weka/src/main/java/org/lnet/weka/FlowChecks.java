package org.lnet.weka;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import weka.core.SerializedObject;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.Step;

/**
 * The connections of a step, checked when the flow initializes. KnowledgeFlow checks connection types only while a
 * user draws them and never looks for loops; a hand-edited or generated .kf file can wire anything, which then fails
 * at run time with a stack trace (a network reaching a Saver) or never ends (a step feeding itself). Here every
 * connection into or out of one of our steps is checked against what both ends take, and every loop through it is
 * refused, before any data moves.
 */
final class FlowChecks {

    private FlowChecks() {
    }

    /** The first problem with the connections of {@code step}, or null when they are sound. */
    static String problem(LnetStep<?> step) {
        StepManager self = step.getStepManager();
        String loop = loop(self);
        if (loop != null) {
            return loop;
        }
        for (Map.Entry<String, List<StepManager>> e : self.getIncomingConnections().entrySet()) {
            for (StepManager source : e.getValue()) {
                if (!step.takes(e.getKey())) {
                    return cannotTake(step.getName(), e.getKey(), source.getName(), "it takes "
                        + String.join(" and ", step.incomingTypes()) + ". Remove that connection.");
                }
            }
        }
        List<String> produced = step.producedTypes();
        for (Map.Entry<String, List<StepManager>> e : self.getOutgoingConnections().entrySet()) {
            String con = e.getKey();
            for (StepManager target : e.getValue()) {
                if (!produced.contains(con)) {
                    return step.getName() + " has no '" + con + "' output (connected to " + target.getName()
                        + "): it sends " + String.join(", ", produced) + ". Remove that connection.";
                }
                String refusal = refusal(step, con, target);
                if (refusal != null) {
                    return refusal;
                }
            }
        }
        return null;
    }

    /** The one wording of a refused connection, whichever end finds it first. */
    private static String cannotTake(String target, String con, String source, String reason) {
        return target + " cannot take a '" + con + "' connection (from " + source + "): " + reason;
    }

    /** Why {@code target} cannot take {@code con} from {@code step}, or null if it can (or cannot be asked). */
    private static String refusal(LnetStep<?> step, String con, StepManager target) {
        Step other = target.getManagedStep();
        if (other instanceof LnetStep<?> ours) {
            return ours.takes(con) ? null : cannotTake(target.getName(), con, step.getName(), "it takes "
                + String.join(" and ", ours.incomingTypes()) + ". Remove that connection.");
        }
        List<String> accepted = acceptedWhenUnconnected(other);
        if (accepted == null || accepted.contains(con)) {
            return null;
        }
        if (LnetStep.CON_NETWORK.equals(con)) {
            return cannotTake(target.getName(), con, step.getName(), "networks go only to Linear Networks steps (to "
                + "see a network's map, connect it to a Linear Network Predictor). Remove that connection.");
        }
        return cannotTake(target.getName(), con, step.getName(), "it takes " + (accepted.isEmpty() ? "no connection"
            : String.join(", ", accepted)) + ". Connect one of " + step.getName() + "'s "
            + String.join(", ", step.producedTypes()) + " outputs that it takes instead.");
    }

    /**
     * The connection types a step accepts with nothing connected: asked of a copy (same configuration, fresh
     * manager), since Weka's steps offer a type only while no other connection occupies it. Null if the step cannot
     * be copied; then KnowledgeFlow's own run-time check stays the only one.
     */
    private static List<String> acceptedWhenUnconnected(Step step) {
        try {
            Step copy = (Step) new SerializedObject(step).getObject();
            if (copy == null) {
                return null;
            }
            new StepManagerImpl(copy);
            List<String> types = copy.getIncomingConnectionTypes();
            return types == null ? List.of() : types;
        } catch (Exception e) {
            return null;
        }
    }

    /** A loop through {@code self} along outgoing connections, as a message naming its steps, or null. */
    private static String loop(StepManager self) {
        List<String> path = new ArrayList<>();
        path.add(self.getName());
        if (!reaches(self, self, path, new HashSet<>())) {
            return null;
        }
        if (path.size() == 2) {
            return self.getName() + " is connected to itself: a step cannot feed its own input (it would run "
                + "forever). Remove that connection.";
        }
        return "The connections " + String.join(" -> ", path) + " form a loop: the steps would feed each other "
            + "forever. Remove one of them.";
    }

    private static boolean reaches(StepManager from, StepManager goal, List<String> path, Set<StepManager> seen) {
        for (List<StepManager> targets : from.getOutgoingConnections().values()) {
            for (StepManager t : targets) {
                path.add(t.getName());
                if (t == goal || (seen.add(t) && reaches(t, goal, path, seen))) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
