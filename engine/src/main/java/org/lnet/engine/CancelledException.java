package org.lnet.engine;

/** Thrown from {@link Progress#checkCanceled()} when the user stopped a computation. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user.");
    }
}
