package org.lnet.weka;

import java.util.Locale;
import org.lnet.engine.CancelledException;
import org.lnet.engine.Progress;
import weka.knowledgeflow.StepManager;

/**
 * A KnowledgeFlow step's {@link StepManager} as the engine's {@link Progress}: progress goes to the step's status line
 * (once per whole percent or new message), and a stop requested by the flow surfaces as {@link CancelledException}.
 */
final class StepProgress implements Progress {

    private final StepManager manager;
    private int lastPercent = -1;
    private String lastMessage = "";

    StepProgress(StepManager manager) {
        this.manager = manager;
    }

    @Override
    public void checkCanceled() {
        if (manager.isStopRequested()) {
            throw new CancelledException();
        }
    }

    @Override
    public void report(double fraction, String message) {
        int percent = (int) Math.floor(100 * Math.max(0, Math.min(1, fraction)));
        String text = message == null ? "" : message;
        if (percent != lastPercent || !text.equals(lastMessage)) {
            lastPercent = percent;
            lastMessage = text;
            manager.statusMessage(String.format(Locale.ROOT, "%s (%d%%)", text, percent));
        }
    }
}
