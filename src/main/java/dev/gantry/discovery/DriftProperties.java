package dev.gantry.discovery;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Drift detection.
 *
 * @param refreshInterval how often every resource on HEAD is read again, to find drift; unset (the default) means
 *                        only when someone asks ({@code POST /api/head/refresh}, the Drift view's Refresh)
 */
@ConfigurationProperties("gantry.drift")
public record DriftProperties(@Nullable Duration refreshInterval) {}
