package dev.gantry.security;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting: the signed-in user, the owner of the access token, or (for work the apply engine does in the
 * background) the user who started the run. Audit entries, change sets and runs record {@link #name()}.
 *
 * @param role     the role the request was authenticated with; null outside a request (background work)
 * @param viaToken whether a personal access token authenticated the request
 */
public record Actor(String name, Role role, boolean viaToken) {

    /** The authority an access token's requests carry besides their owner's role. */
    public static final String TOKEN_AUTHORITY = "TOKEN";

    /** The acting user; refuses when nobody is signed in, so nothing is ever recorded as done by nobody. */
    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!signedIn(auth)) {
            auth = requestPrincipal(); // the filter chain may keep its context in a strategy of its own
        }
        if (!signedIn(auth)) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "Sign in first: nobody is signed in");
        }
        return of(auth);
    }

    private static boolean signedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    private static Authentication requestPrincipal() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getUserPrincipal() instanceof Authentication auth) {
            return auth;
        }
        return null;
    }

    static Actor of(Authentication auth) {
        Role highest = null;
        boolean token = false;
        for (GrantedAuthority granted : auth.getAuthorities()) {
            String authority = granted.getAuthority();
            token |= TOKEN_AUTHORITY.equals(authority);
            for (Role role : Role.values()) {
                if (role.authority().equals(authority) && (highest == null || role.atLeast(highest))) {
                    highest = role;
                }
            }
        }
        return new Actor(auth.getName(), highest, token);
    }

    public boolean has(Role required) {
        return role != null && role.atLeast(required);
    }

    /**
     * Runs background work on behalf of {@code username} (the apply engine's workers act for whoever started
     * the run), restoring the thread's previous identity afterwards.
     */
    public static void runAs(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
