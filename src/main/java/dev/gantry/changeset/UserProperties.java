package dev.gantry.changeset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who acts until sign-in exists.
 *
 * @param defaultUser the name recorded as author, approver and applier ({@code gantry.default-user})
 */
@ConfigurationProperties("gantry")
record UserProperties(@DefaultValue("gantry") String defaultUser) {
}
