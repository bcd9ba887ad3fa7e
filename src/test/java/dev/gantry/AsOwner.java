package dev.gantry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * For tests that call services directly (not over HTTP): the test thread acts as the owner that every test context
 * starts with, as a signed-in owner's requests do. Everything the services record names them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithMockUser(username = TestDatabase.OWNER, roles = "OWNER")
public @interface AsOwner {
}
