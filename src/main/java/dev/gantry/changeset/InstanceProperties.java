package dev.gantry.changeset;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this instance is ({@code gantry.instance.*}).
 *
 * @param id the instance's name in run history and logs; unset: {@code <host name>:<HTTP port>}
 */
@ConfigurationProperties("gantry.instance")
record InstanceProperties(@Nullable String id) {}
