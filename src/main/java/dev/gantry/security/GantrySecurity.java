package dev.gantry.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
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

    /**
     * Vaadin's production bundle: files named by their content's hash, which Vaadin serves with its own
     * {@code Cache-Control}. Spring Security's "never cache" headers, written before Vaadin's, left
     * {@code Pragma: no-cache} beside Vaadin's {@code max-age}, and Chromium then asked the server again for each of
     * the bundle's scripts on every page load, one after another as the imports unfold.
     */
    private static final RequestMatcher BUNDLE =
            PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/build/**");

    private final Accounts accounts;
    private final SingleSignOn singleSignOn;

    GantrySecurity(Accounts accounts, SingleSignOn singleSignOn) {
        this.accounts = accounts;
        this.singleSignOn = singleSignOn;
    }

    /** Headers, the role lookup and single sign-on (when configured) for the UI's chain. */
    public void applyToUi(HttpSecurity http, String loginPage) throws Exception {
        headers(http, UI_CSP);
        refreshRoles(http);
        singleSignOn.apply(http, loginPage);
    }

    void refreshRoles(HttpSecurity http) {
        http.addFilterBefore(new RoleRefreshFilter(accounts, strategy(http)), ExceptionTranslationFilter.class);
    }

    /** The holder the chain's own filters use (Vaadin registers one that knows its sessions). */
    static SecurityContextHolderStrategy strategy(HttpSecurity http) {
        return http.getSharedObject(ApplicationContext.class)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    static void headers(HttpSecurity http, String csp) {
        http.headers(h -> h
                // before the response is written: Vaadin's pages (the sign-in page among them) are sent in a way
                // that never triggers the lazy, on-commit writing
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .cacheControl(c -> c.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(BUNDLE), new CacheControlHeadersWriter()))
                .contentTypeOptions(c -> {})
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(c -> c.policyDirectives(csp)));
    }
}
