package dev.gantry.action;

/**
 * A cloud call failed. The message is the cloud's own words (AWS's error message and code) so that the
 * action failure shown to the user can name the component and quote the cause.
 */
public class ProviderException extends RuntimeException {

    private final boolean retryable;

    public ProviderException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** True for throttling and other transient faults the engine may retry by itself. */
    public boolean retryable() {
        return retryable;
    }
}
