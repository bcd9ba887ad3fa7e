package dev.gantry.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect providers configured with Spring Boot's {@code spring.security.oauth2.client.*} properties
 * (Keycloak, Okta, Entra ID, Google): the sign-in page offers each, next to the password form.
 */
@Component
public class SingleSignOn {

    /** The sign-in page's query parameter after a refused single sign-on. */
    public static final String REFUSED_PARAMETER = "sso-refused";

    /** The session attribute that says (as text) why the last single sign-on was refused. */
    public static final String REFUSAL_ATTRIBUTE = SingleSignOn.class.getName() + ".refusal";

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

    /**
     * OIDC sign-in on the UI's chain, when a provider is configured; the sign-in page stays Gantry's own. A refused
     * sign-in returns to it with {@link #REFUSED_PARAMETER} and the reason in the session ({@link #REFUSAL_ATTRIBUTE}),
     * so that the page says why instead of "incorrect username or password".
     */
    void apply(HttpSecurity http, String loginPage) throws Exception {
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage(loginPage)
                    .userInfoEndpoint(info -> info.oidcUserService(users))
                    .failureHandler((request, response, failure) -> {
                        request.getSession().setAttribute(REFUSAL_ATTRIBUTE, reason(failure));
                        response.sendRedirect(request.getContextPath() + loginPage + "?" + REFUSED_PARAMETER);
                    }));
        }
    }

    /** Our own refusals say why; the provider's errors (a cancelled sign-in, a bad state) are named by code. */
    private static String reason(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            return error.getDescription() != null
                    ? error.getDescription()
                    : "The identity provider answered " + error.getErrorCode();
        }
        return failure.getMessage();
    }
}
