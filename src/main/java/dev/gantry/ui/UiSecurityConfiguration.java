package dev.gantry.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.gantry.security.GantrySecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the views through Vaadin's Spring Security integration: form sign-in at {@code /login}, view access
 * by annotations ({@code @PermitAll}, {@code @RolesAllowed}), sign-out back to the sign-in page. The API has its
 * own chain (dev.gantry.security), which comes first.
 */
@Configuration
class UiSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, GantrySecurity common) throws Exception {
        common.applyToUi(http, "/login");
        // Gantry's own stylesheet and icon serve the sign-in and first-run pages too
        http.authorizeHttpRequests(
                rules -> rules.requestMatchers("/styles/**", "/icons/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }
}
