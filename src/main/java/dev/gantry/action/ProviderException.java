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

    /**
     * True for throttling, timeouts and other transient faults, where trying again may succeed. The engine does not
     * retry by itself today: the action fails and the user retries it; this tells what such a retry can expect.
     */
    public boolean retryable() {
        return retryable;
    }
}
