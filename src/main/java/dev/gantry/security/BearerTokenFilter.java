package dev.gantry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>}: a personal access token authenticates this one request (nothing is kept
 * in a session). A wrong or revoked token is a 401, never a fall-back to anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy strategy;

    BearerTokenFilter(
            AccessTokens tokens, AuthenticationEntryPoint entryPoint, SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var valid = tokens.authenticate(header.substring(7).strip());
        if (valid.isEmpty()) {
            strategy.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked access token"));
            return;
        }
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                valid.get().username(),
                null,
                List.of(
                        new SimpleGrantedAuthority(valid.get().role().authority()),
                        new SimpleGrantedAuthority(Actor.TOKEN_AUTHORITY))));
        strategy.setContext(context);
        chain.doFilter(request, response);
    }
}
