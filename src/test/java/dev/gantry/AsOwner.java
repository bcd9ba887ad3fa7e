package dev.gantry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For tests that call services directly (not over HTTP): the test thread acts as the owner that every test context
 * starts with, as a signed-in owner's requests do, and everything the services record names them. Set on the
 * JVM-wide holder (not a context's strategy bean, as {@code @WithMockUser} does): several application contexts
 * live side by side in a test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@ExtendWith(AsOwner.SignedIn.class)
public @interface AsOwner {

    /** Signs the test thread in before each test and out after it. */
    class SignedIn implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext test) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    TestDatabase.OWNER, null, List.of(new SimpleGrantedAuthority("ROLE_OWNER"))));
            SecurityContextHolder.setContext(context);
        }

        @Override
        public void afterEach(ExtensionContext test) {
            SecurityContextHolder.clearContext();
        }
    }
}
