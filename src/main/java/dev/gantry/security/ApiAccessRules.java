package dev.gantry.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call what, in one table. Reading needs any role; modelling needs collaborator; approving and steering
 * runs needs approver; members and workspace settings need owner (signed in, not a token). What is not listed is
 * refused, so a new endpoint is closed until it gets a rule (the authorization matrix test fails until then); a
 * request no endpoint takes gets the API's 404 or 405 problem ({@link UnmatchedApiRequests}).
 * The services check what the URL cannot see: approval by someone who did not edit, apply by approvers or the
 * author once approved, one's own tokens.
 */
final class ApiAccessRules {

    private ApiAccessRules() {}

    static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            UnmatchedApiRequests leftovers) {
        rules.requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                // the API documentation, for members
                .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/api/docs", "/api/docs/**")
                .hasRole(Role.VIEWER.name())
                // personal access tokens: anyone's own; creating one needs a signed-in user
                .requestMatchers(POST, "/api/tokens")
                .access(signedInNotToken(Role.VIEWER))
                .requestMatchers(DELETE, "/api/tokens/*")
                .hasRole(Role.VIEWER.name())
                // members and settings
                .requestMatchers(POST, "/api/members")
                .access(signedInNotToken(Role.OWNER))
                .requestMatchers(PUT, "/api/members/*/role")
                .access(signedInNotToken(Role.OWNER))
                .requestMatchers(DELETE, "/api/members/*")
                .access(signedInNotToken(Role.OWNER))
                .requestMatchers(PUT, "/api/workspaces/current/settings")
                .access(signedInNotToken(Role.OWNER))
                // review and runs
                .requestMatchers(POST, "/api/change-sets/*/approve", "/api/change-sets/*/reject")
                .hasRole(Role.APPROVER.name())
                .requestMatchers(POST, "/api/actions/*/retry", "/api/actions/*/hold", "/api/actions/*/release")
                .hasRole(Role.APPROVER.name())
                .requestMatchers(DELETE, "/api/actions/*")
                .hasRole(Role.APPROVER.name())
                // modelling, requesting approval, applying (the service decides whose apply counts)
                .requestMatchers(
                        POST,
                        "/api/change-sets",
                        "/api/change-sets/*/components",
                        "/api/change-sets/*/components/paste",
                        "/api/change-sets/*/components/undo",
                        "/api/change-sets/*/components/redo",
                        "/api/change-sets/*/components/*/erase",
                        "/api/change-sets/*/imports",
                        "/api/change-sets/*/discover",
                        "/api/change-sets/*/connections",
                        "/api/change-sets/*/template",
                        "/api/change-sets/*/request-approval",
                        "/api/change-sets/*/abandon",
                        "/api/change-sets/*/rebase",
                        "/api/change-sets/*/conflicts/resolve",
                        "/api/change-sets/*/apply",
                        "/api/head/components/*/refresh",
                        "/api/head/refresh",
                        "/api/head/components/*/drift/accept",
                        "/api/head/components/*/drift/restore",
                        "/api/head/components/*/push-image")
                .hasRole(Role.COLLABORATOR.name())
                .requestMatchers(PATCH, "/api/change-sets/*/components/*/properties")
                .hasRole(Role.COLLABORATOR.name())
                .requestMatchers(
                        PUT,
                        "/api/change-sets/*/name",
                        "/api/change-sets/*/components/*/name",
                        "/api/change-sets/*/components/*/position",
                        "/api/change-sets/*/components/*/size",
                        "/api/change-sets/*/components/*/parent",
                        "/api/change-sets/*/components/*/type")
                .hasRole(Role.COLLABORATOR.name())
                .requestMatchers(DELETE, "/api/change-sets/*/components/*", "/api/change-sets/*/connections")
                .hasRole(Role.COLLABORATOR.name())
                // reading
                .requestMatchers(GET, "/api/**")
                .hasRole(Role.VIEWER.name())
                // what no endpoint takes meets the catch-all's 404/405 problem; an unlisted endpoint is refused
                .anyRequest()
                .access(leftovers);
    }

    /** The role, on a session or with a password: an access token must not manage accounts or mint tokens. */
    private static AuthorizationManager<RequestAuthorizationContext> signedInNotToken(Role role) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(
                    Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                Authentication auth = authentication.get();
                if (auth == null || !auth.isAuthenticated()) {
                    return new AuthorizationDecision(false);
                }
                Actor actor = Actor.of(auth);
                return new AuthorizationDecision(actor.has(role) && !actor.viaToken());
            }
        };
    }
}
