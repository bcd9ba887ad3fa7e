package dev.gantry.api;

import dev.gantry.GantryException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says what is wrong with a request body that could not be read, and where: a JSON pointer to the field and the
 * type it expects for wrong types and missing fields, the line and column for malformed JSON, the limit for a
 * body too deep or too large. A generic "Failed to read request" helps nobody fix their call.
 */
final class RequestBodyProblems {

    private RequestBodyProblems() {}

    static ProblemDetail describe(HttpMessageNotReadableException e) {
        RequestSizeLimit.TooLargeException tooLarge = cause(e, RequestSizeLimit.TooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail p = problem("request-too-large", "Request body too large", tooLarge.getMessage());
            p.setStatus(HttpStatus.CONTENT_TOO_LARGE);
            p.setProperty("limit", tooLarge.limit);
            return p;
        }
        GantryException refused =
                cause(e, GantryException.class); // a request record's own check, such as a missing field
        if (refused != null) {
            return ApiProblems.problemOf(refused);
        }
        StreamConstraintsException tooBig = cause(e, StreamConstraintsException.class);
        if (tooBig != null) {
            ProblemDetail p = problem(
                    "request-too-complex",
                    "Request body too large or too deep",
                    "The request body is beyond Gantry's limits: " + tooBig.getOriginalMessage());
            return located(p, tooBig);
        }
        MismatchedInputException mismatch = cause(e, MismatchedInputException.class);
        if (mismatch != null) {
            return wrongType(mismatch);
        }
        JacksonException malformed = cause(e, JacksonException.class);
        if (malformed != null) {
            ProblemDetail p = problem(
                    "malformed-json",
                    "Malformed JSON",
                    "The request body is not valid JSON" + where(malformed.getLocation()) + ": "
                            + malformed.getOriginalMessage());
            return located(p, malformed);
        }
        return problem(
                "unreadable-body",
                "Unreadable request body",
                e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                        ? "The request needs a JSON body"
                        : "The request body could not be read as JSON");
    }

    private static ProblemDetail wrongType(MismatchedInputException e) {
        String pointer = pointer(e.getPath());
        String expected = expected(e.getTargetType());
        String given = e instanceof InvalidFormatException f ? " but got " + quoted(f.getValue()) : "";
        ProblemDetail p = problem(
                "wrong-type",
                "Wrong type",
                "`" + (pointer.isEmpty() ? "the body" : pointer) + "` must be " + expected + given
                        + where(e.getLocation()));
        p.setProperty("pointer", pointer);
        p.setProperty("expected", expected);
        return located(p, e);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "an id (UUID)";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            pointer.append('/')
                    .append(
                            ref.getPropertyName() != null
                                    ? ref.getPropertyName().replace("~", "~0").replace("/", "~1")
                                    : Integer.toString(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static ProblemDetail located(ProblemDetail p, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            p.setProperty("line", at.getLineNr());
            p.setProperty("column", at.getColumnNr());
        }
        return p;
    }

    private static String where(TokenStreamLocation at) {
        return at == null || at.getLineNr() <= 0
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "`" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "`";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static ProblemDetail problem(String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setType(URI.create("https://gantry.dev/problems/" + type));
        p.setTitle(title);
        return p;
    }
}
