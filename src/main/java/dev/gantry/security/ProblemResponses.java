package dev.gantry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/** 401, 403 and 415 from the security filters as RFC 9457 problem bodies, like every other API error. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail = e instanceof LockedException
                ? "Too many failed sign-ins for this account: wait a few minutes and try again"
                : request.getHeader("Authorization") == null
                        ? "Sign in first: send HTTP Basic credentials or an access token (Authorization: Bearer …)"
                        : "The credentials or the access token were not accepted";
        // No Basic challenge: it would make browsers prompt for (and then replay) a password.
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Gantry\"");
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                response,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Not allowed",
                e.getMessage() == null || e.getMessage().equals("Access Denied")
                        ? "Your role in this workspace does not allow " + request.getMethod() + " "
                                + request.getRequestURI()
                        : e.getMessage());
    }

    void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://gantry.dev/problems/" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
