package dev.gantry.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The last rule of the API: a request that no endpoint takes (an unknown path, or a method the path does not have)
 * reaches only the API's catch-all, which changes nothing and answers a 404 or 405 problem; members get that answer,
 * because it tells them what is wrong. A request that an endpoint would take but that no rule lists stays refused,
 * so a new endpoint is closed until it gets a rule.
 */
final class UnmatchedApiRequests implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String CATCH_ALL = "/api/**";

    private final BeanFactory beans;

    /** The MVC mappings are looked up per request: they are complete only after the security chain is built. */
    UnmatchedApiRequests(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        boolean member =
                auth != null && auth.isAuthenticated() && Actor.of(auth).has(Role.VIEWER);
        return new AuthorizationDecision(member && !anEndpointTakes(context.getRequest()));
    }

    private boolean anEndpointTakes(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            return true; // documentation and actuator have rules of their own; nothing else is a leftover
        }
        PathContainer container = PathContainer.parsePath(path);
        RequestMethod method = RequestMethod.resolve(request.getMethod());
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : beans.getBean(
                        "requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                .getHandlerMethods()
                .entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            var methods = info.getMethodsCondition().getMethods();
            boolean methodFits = methods.isEmpty() || methods.contains(method);
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (!CATCH_ALL.equals(pattern.getPatternString()) && methodFits && pattern.matches(container)) {
                    return true;
                }
            }
        }
        return false;
    }
}
