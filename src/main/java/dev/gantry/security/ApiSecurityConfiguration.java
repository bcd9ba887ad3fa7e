package dev.gantry.security;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * The REST API, its documentation and actuator: HTTP Basic or a personal access token per request (stateless), or
 * the browser's session for a signed-in user of the UI, with the cross-site checks of
 * {@link BrowserRequestGuard}. Errors are problem bodies. The UI's chain comes after this one.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class ApiSecurityConfiguration {

    static final String[] API_PATHS = {
        "/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**"
    };

    /** bcrypt for new passwords; the {id} prefix lets argon2 or a stronger bcrypt come later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Each role can do what the weaker ones can (Role's order). */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.OWNER.name())
                .implies(Role.APPROVER.name())
                .role(Role.APPROVER.name())
                .implies(Role.COLLABORATOR.name())
                .role(Role.COLLABORATOR.name())
                .implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    PasswordAuthentication passwordAuthentication(UserDetailsService accounts, PasswordEncoder encoder) {
        return new PasswordAuthentication(accounts, encoder);
    }

    @Bean
    ProblemResponses problemResponses(ObjectMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            AccessTokens tokens,
            ProblemResponses problems,
            SecuritySettings settings,
            GantrySecurity common,
            BeanFactory beans)
            throws Exception {
        UnmatchedApiRequests leftovers = new UnmatchedApiRequests(beans);
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(rules -> ApiAccessRules.apply(rules, leftovers))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // Cookie-authenticated changes are guarded by Origin and JSON-only (BrowserRequestGuard)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(
                        new BrowserRequestGuard(problems, settings.allowedOrigins()), BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new BearerTokenFilter(tokens, problems, GantrySecurity.strategy(http)),
                        BrowserRequestGuard.class);
        GantrySecurity.headers(http, GantrySecurity.API_CSP);
        common.refreshRoles(http);
        return http.build();
    }
}
