package dev.gantry.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page, for errors it answers before Spring sees the request (an encoded {@code ../} in a
 * path, a request line or header too large): under {@code /api}, or when the path could not even be read, a
 * problem body instead of Tomcat's HTML. Public with a no-argument constructor: Tomcat creates it by class name.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        String reason = response.getMessage();
        String detail = reason == null || reason.isBlank() ? defaultReason(status) : reason;
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(
                        "{\"type\":\"https://gantry.dev/problems/bad-http-request\",\"title\":\"Bad HTTP request\","
                                + "\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the response was already committed: nothing more to say
        }
    }

    private static boolean isApi(Request request) {
        String uri = request.getRequestURI();
        return uri == null || uri.isEmpty() || uri.startsWith("/api");
    }

    private static String defaultReason(int status) {
        return status == 400
                ? "The request could not be parsed: an invalid path (such as an encoded `../` or `/`),"
                        + " or a request line or headers larger than the server accepts"
                : "The server refused the request (HTTP " + status + ")";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
