package dev.gantry.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect providers configured with Spring Boot's {@code spring.security.oauth2.client.*} properties
 * (Keycloak, Okta, Entra ID, Google): the sign-in page offers each, next to the password form.
 */
@Component
public class SingleSignOn {

    /** A provider as the sign-in page links it. */
    public record Provider(String name, String signInPath) {}

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final IdentityProviderUsers users;

    SingleSignOn(
            ObjectProvider<ClientRegistrationRepository> registrations,
            SecuritySettings settings,
            MemberService members,
            Accounts accounts) {
        this.registrations = registrations;
        this.users = new IdentityProviderUsers(settings, members, accounts);
    }

    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof InMemoryClientRegistrationRepository configured) {
            for (ClientRegistration registration : configured) {
                providers.add(new Provider(
                        registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return providers;
    }

    /** OIDC sign-in on the UI's chain, when a provider is configured; the sign-in page stays Gantry's own. */
    void apply(HttpSecurity http, String loginPage) throws Exception {
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage(loginPage).userInfoEndpoint(info -> info.oidcUserService(users)));
        }
    }
}
