package dev.gantry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session keeps the role its user signed in with; an owner's change must count at once. Each request looks the
 * role up again: a removed member is signed out, a changed role replaces the old one for this request.
 */
class RoleRefreshFilter extends OncePerRequestFilter {

    private static final String SESSION_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Accounts accounts;
    private final SecurityContextHolderStrategy strategy;

    RoleRefreshFilter(Accounts accounts, SecurityContextHolderStrategy strategy) {
        this.accounts = accounts;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)
                && !Actor.of(auth).viaToken()) {
            Optional<Role> role = accounts.roleOf(auth.getName());
            if (role.isEmpty()) {
                strategy.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (Actor.of(auth).role() != role.get()) {
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(withRole(auth, role.get()));
                strategy.setContext(context);
                rememberInSession(request, context);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The session's own copy too: Vaadin reads a signed-in user's context from the session, not from this request,
     * so without this a demoted owner would keep an owner's views and actions in the UI.
     */
    private static void rememberInSession(HttpServletRequest request, SecurityContext context) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CONTEXT) != null) {
            session.setAttribute(SESSION_CONTEXT, context);
        }
    }

    private static Authentication withRole(Authentication auth, Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        auth.getAuthorities().stream()
                .filter(a -> !a.getAuthority().startsWith("ROLE_"))
                .forEach(authorities::add);
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (auth instanceof OAuth2AuthenticationToken oauth) {
            return new OAuth2AuthenticationToken(
                    oauth.getPrincipal(), authorities, oauth.getAuthorizedClientRegistrationId());
        }
        return UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities);
    }
}
