package dev.gantry.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * What every filter chain shares: security headers and the live role lookup. The UI's chain (Vaadin's, in
 * {@code dev.gantry.ui}) applies it as the API's does.
 */
@Component
public class GantrySecurity {

    /**
     * As strict as Vaadin allows: Flow's client evaluates server-sent JavaScript (so {@code 'unsafe-eval'}),
     * its bootstrap page carries inline scripts and components inline styles; everything else is Gantry's own
     * origin, nothing may frame Gantry, and no plugin content runs.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** JSON and the Swagger UI: no scripts but our own, no framing. */
    static final String API_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final Accounts accounts;

    GantrySecurity(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Headers and the role lookup for the UI's chain. */
    public void applyToUi(HttpSecurity http) {
        headers(http, UI_CSP);
        refreshRoles(http);
    }

    void refreshRoles(HttpSecurity http) {
        http.addFilterBefore(new RoleRefreshFilter(accounts), ExceptionTranslationFilter.class);
    }

    static void headers(HttpSecurity http, String csp) {
        http.headers(h -> h
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(c -> c.policyDirectives(csp)));
    }
}
