package org.lnet.engine;

/**
 * Bad input or settings, said so that the user can act: the message names the offending parameter, file,
 * row or column and what to do. Hosts show the message as is, never a stack trace.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String subject;

    /**
     * @param subject the parameter, column or file the problem is about (e.g. "alpha", "X", "lr")
     * @param message a full sentence naming the subject and the remedy
     */
    public InvalidInputException(String subject, String message) {
        super(message);
        this.subject = subject;
    }

    /** The parameter, column or file the problem is about. */
    public String subject() {
        return subject;
    }
}
