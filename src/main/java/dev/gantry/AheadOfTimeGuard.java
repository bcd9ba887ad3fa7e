package dev.gantry;

import dev.gantry.database.EarlyDatabaseStart;
import java.util.ArrayList;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Refuses an ahead-of-time start ({@code -Dspring.aot.enabled=true}, README "Start-up and memory") whose settings
 * the build could not have known. The build decides there, once, which beans exist, for Gantry's default settings:
 * the embedded PostgreSQL, password sign-in, no profile. A datasource URL, single sign-on or a profile changes which
 * beans exist, and an ahead-of-time start would silently keep the build's: an external database's URL ignored and
 * the work written to the embedded one, single sign-on missing from the sign-in page. Such a start stops at once
 * and says how to start instead.
 */
final class AheadOfTimeGuard implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SINGLE_SIGN_ON = "spring.security.oauth2.client.registration";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> unknownToTheBuild = unknownToTheBuild(context.getEnvironment());
        if (!unknownToTheBuild.isEmpty()) {
            throw new IllegalStateException("This start uses the beans the build chose ahead of time for Gantry's"
                    + " default settings (-Dspring.aot.enabled=true), but " + String.join(" and ", unknownToTheBuild)
                    + (unknownToTheBuild.size() == 1 ? " needs" : " need")
                    + " other beans: start Gantry without -Dspring.aot.enabled=true");
        }
    }

    static List<String> unknownToTheBuild(Environment settings) {
        List<String> found = new ArrayList<>();
        if (EarlyDatabaseStart.usesExternalDatabase(settings)) {
            found.add("an external database (spring.datasource.url)");
        }
        // Bound, not looked up by name: the settings may come as SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_... too
        if (Binder.get(settings)
                .bind(SINGLE_SIGN_ON, Bindable.mapOf(String.class, String.class))
                .isBound()) {
            found.add("single sign-on (" + SINGLE_SIGN_ON + ".*)");
        }
        if (settings.getActiveProfiles().length > 0) {
            found.add("the profile " + String.join(", ", settings.getActiveProfiles()));
        }
        return found;
    }
}
