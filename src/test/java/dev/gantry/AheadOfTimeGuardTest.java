package dev.gantry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class AheadOfTimeGuardTest {

    @Test
    void theDefaultSettingsAreWhatTheBuildKnew() {
        assertThat(AheadOfTimeGuard.unknownToTheBuild(settings(Map.of("gantry.data-dir", "/tmp/g"))))
                .isEmpty();
    }

    @Test
    void anExternalDatabaseSingleSignOnAndProfilesAreNot() {
        StandardEnvironment settings = settings(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db/gantry",
                "spring.security.oauth2.client.registration.keycloak.client-id", "gantry"));
        settings.setActiveProfiles("keycloak");

        assertThat(AheadOfTimeGuard.unknownToTheBuild(settings))
                .containsExactly(
                        "an external database (spring.datasource.url)",
                        "single sign-on (spring.security.oauth2.client.registration.*)",
                        "the profile keycloak");
    }

    @Test
    void singleSignOnIsFoundInEnvironmentVariablesToo() {
        StandardEnvironment settings = new StandardEnvironment();
        settings.getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTID", "gantry")));

        assertThat(AheadOfTimeGuard.unknownToTheBuild(settings))
                .containsExactly("single sign-on (spring.security.oauth2.client.registration.*)");
    }

    private static StandardEnvironment settings(Map<String, Object> properties) {
        StandardEnvironment settings = new StandardEnvironment();
        settings.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return settings;
    }
}
