package dev.gantry.api;

import dev.gantry.GantryException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a user can cause answered as an RFC 9457 problem body with a 4xx status (503 when a service Gantry
 * needs is not there) and a message meant for them. Every refusal is a {@link GantryException}: its kind gives the
 * status, and it carries its own problem type, title and extra members. Spring MVC's own errors (malformed JSON, a
 * wrong media type) come through the base class the same way. Not limited to this package's controllers: a 405 or
 * 415 is raised before any controller is chosen.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String PROBLEM_TYPES = "https://gantry.dev/problems/";

    @ExceptionHandler
    ProblemDetail refused(GantryException e) {
        return problemOf(e);
    }

    static ProblemDetail problemOf(GantryException e) {
        ProblemDetail p = problem(status(e.kind()), e.problemType(), e.title(), e.getMessage());
        e.details().forEach(p::setProperty);
        return p;
    }

    /** The methods the path does take, in the body too: a client reading only the problem learns them. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ex.getBody();
        if (ex.getSupportedMethods() != null) {
            p.setDetail("Method " + ex.getMethod() + " is not supported here; this path takes "
                    + String.join(", ", ex.getSupportedMethods()));
            p.setProperty("allowed", ex.getSupportedMethods());
        }
        return handleExceptionInternal(ex, p, headers, status, request);
    }

    /** Malformed JSON, wrong types, missing fields, a body beyond the stream limits: where, and what was expected. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = RequestBodyProblems.describe(ex);
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** A role that does not allow it, or a rule of the review (approving one's own change set). */
    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
    }

    /** Ids and other path or query values that do not parse ({@link Ids}). */
    @ExceptionHandler
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    static HttpStatus status(GantryException.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(PROBLEM_TYPES + type));
        p.setTitle(title);
        return p;
    }
}
