package org.lnet.weka;

import java.io.PrintStream;
import java.io.PrintWriter;
import weka.core.WekaException;

/**
 * An error in the user's data, settings or connections, whose message says what to do. It has no stack trace worth
 * showing: KnowledgeFlow logs an error's message and then the exception's stack trace, which for a plain exception
 * repeats the message on a second line, so this one prints nothing there.
 */
final class UserError extends WekaException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
        setStackTrace(new StackTraceElement[0]);
    }

    @Override
    public void printStackTrace(PrintWriter s) {
        // the message is already in the log line
    }

    @Override
    public void printStackTrace(PrintStream s) {
        // the message is already in the log line
    }
}
