package dev.gantry;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refusal a user can cause or fix: an unknown name, an edit the rules forbid, an operation the state does not
 * allow, a service that is not there. Nothing was changed, and the message, meant for that user, says why. Each
 * subclass names its {@link Kind}, and the RFC 9457 problem type and title it is reported under, so that the REST
 * API maps every refusal in one place and the UI recognises every refusal by one type. Failures that are bugs or
 * cloud errors are other exceptions.
 */
public abstract class GantryException extends RuntimeException {

    /** What went wrong, independent of how it is reported (the REST API maps each to an HTTP status). */
    public enum Kind {
        /** The request names something that cannot be (an unknown asset or socket name, a malformed tag). */
        BAD_REQUEST,
        /** The named thing (change set, component, action, push) does not exist, or no longer. */
        NOT_FOUND,
        /** The request is understood but the rules refuse it (an invalid value, an edit that makes no sense). */
        INVALID,
        /** The current state does not allow it (approve an open change set, retry a running action). */
        CONFLICT,
        /** Something Gantry depends on does not answer (the local Docker engine). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String problemType;
    private final String title;

    /**
     * @param problemType the last segment of the problem type URI ({@code unknown-change-set})
     * @param title       the problem's short, fixed summary ({@code Unknown change set})
     */
    protected GantryException(Kind kind, String problemType, String title, String message) {
        this(kind, problemType, title, message, null);
    }

    protected GantryException(Kind kind, String problemType, String title, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.problemType = problemType;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String problemType() {
        return problemType;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem body (RFC 9457 extensions), such as the property and rule of a bad value. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
