package dev.gantry.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * What no API endpoint takes: without this, {@code /api/anything} fell through to the Vaadin UI and answered 200
 * with its page. A path that exists with other methods is a 405 naming them; anything else under {@code /api} is a
 * 404 problem. Every specific mapping is more specific than {@code /api/**}, so this only sees the leftovers.
 */
@RestController
class UnmatchedApiController {

    private final RequestMappingHandlerMapping mappings;

    UnmatchedApiController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unmatched(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Set<String> allowed = allowedMethods(PathContainer.parsePath(path));
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "No API endpoint at " + request.getMethod() + " " + path
                        + "; the endpoints are listed at /v3/api-docs");
        p.setType(URI.create("https://gantry.dev/problems/unknown-endpoint"));
        p.setTitle("Unknown endpoint");
        throw new ErrorResponseException(HttpStatus.NOT_FOUND, p, null);
    }

    private Set<String> allowedMethods(PathContainer path) {
        Set<String> allowed = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (handler.getBeanType() == UnmatchedApiController.class || info.getPathPatternsCondition() == null) {
                return;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (pattern.matches(path)) {
                    info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
                }
            }
        });
        return allowed;
    }
}
