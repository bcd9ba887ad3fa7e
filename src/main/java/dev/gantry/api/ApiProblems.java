package dev.gantry.api;

import dev.gantry.catalog.UnknownAssetException;
import dev.gantry.changeset.IllegalChangeSetStateException;
import dev.gantry.changeset.MergeConflictException;
import dev.gantry.changeset.UnknownChangeSetException;
import dev.gantry.model.IncompatibleSocketsException;
import dev.gantry.model.InvalidEditException;
import dev.gantry.model.InvalidInputException;
import dev.gantry.model.InvalidValueException;
import dev.gantry.model.UnknownComponentException;
import dev.gantry.model.UnknownSocketException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.gantry.action.ActionNotFoundException;
import dev.gantry.action.IllegalActionStateException;
import dev.gantry.image.DockerUnavailableException;
import dev.gantry.image.NoRepositoryResourceException;
import dev.gantry.image.UnknownImageException;
import dev.gantry.image.UnknownPushException;
import java.net.URI;

/**
 * Every error a user can cause answered as an RFC 9457 problem body with a 4xx status and a message meant for
 * them; Spring MVC's own errors (malformed JSON, a wrong media type) come through the base class the same way.
 * Not limited to this package's controllers: a 405 or 415 is raised before any controller is chosen.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        return RequestBodyProblems.invalidInput(e);
    }

    @ExceptionHandler
    ProblemDetail missingField(MissingFieldException e) {
        return RequestBodyProblems.missingField(e.field());
    }

    /** The methods the path does take, in the body too: a client reading only the problem learns them. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
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
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = RequestBodyProblems.describe(ex);
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @ExceptionHandler
    ProblemDetail unknownAsset(UnknownAssetException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "unknown-asset", "Unknown asset", e.getMessage());
        p.setProperty("asset", e.assetName());
        return p;
    }

    @ExceptionHandler
    ProblemDetail unknownSocket(UnknownSocketException e) {
        return problem(HttpStatus.BAD_REQUEST, "unknown-socket", "Unknown socket", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail incompatible(IncompatibleSocketsException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "incompatible-sockets", "Incompatible sockets",
                e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidValue(InvalidValueException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-value", "Invalid value", e.getMessage());
        p.setProperty("property", e.property());
        p.setProperty("rule", e.rule());
        p.setProperty("value", e.value());
        return p;
    }

    @ExceptionHandler
    ProblemDetail invalidEdit(InvalidEditException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-edit", "Edit refused", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownComponent(UnknownComponentException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-component", "Unknown component", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownChangeSet(UnknownChangeSetException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-change-set", "Unknown change set", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail illegalState(IllegalChangeSetStateException e) {
        return problem(HttpStatus.CONFLICT, "illegal-state", "Not possible in this state", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(MergeConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "merge-conflict", "Conflicts with HEAD", e.getMessage());
        p.setProperty("conflicts", e.conflicts());
        return p;
    }

    @ExceptionHandler
    ProblemDetail unknownAction(ActionNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-action", "Unknown apply run or action", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail illegalActionState(IllegalActionStateException e) {
        return problem(HttpStatus.CONFLICT, "illegal-action-state", "Not possible in this state", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noDockerEngine(DockerUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "no-docker-engine", "No Docker engine", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noRepository(NoRepositoryResourceException e) {
        return problem(HttpStatus.CONFLICT, "no-repository", "No repository to push to", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownImage(UnknownImageException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-image", "Unknown image", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownPush(UnknownPushException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-push", "Unknown image push", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://gantry.dev/problems/" + type));
        p.setTitle(title);
        return p;
    }
}
