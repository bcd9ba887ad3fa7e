package dev.gantry.action;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of apply ({@code gantry.apply.*}).
 *
 * @param parallelism  how many cloud calls apply makes at once in this instance, over all running applies; each
 *                     instance sharing the database has its own, so two instances make up to twice as many
 * @param leaseTimeout how long an action stays claimed by an instance that stopped renewing its lease (it died or
 *                     lost the database) before another instance takes it over; the owner renews every third of it
 * @param pollInterval how often an instance looks in the database for work: ready actions of any instance's runs,
 *                     and expired leases to take over
 */
@ConfigurationProperties("gantry.apply")
record ApplyProperties(
        @DefaultValue("10") int parallelism,
        @DefaultValue("30s") Duration leaseTimeout,
        @DefaultValue("1s") Duration pollInterval) {

    ApplyProperties {
        if (parallelism < 1) {
            throw new IllegalArgumentException("gantry.apply.parallelism must be at least 1, not " + parallelism);
        }
        if (leaseTimeout.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException(
                    "gantry.apply.lease-timeout must be at least 3s (it is renewed every third of it), not "
                            + leaseTimeout);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("gantry.apply.poll-interval must be positive, not " + pollInterval);
        }
    }

    /** How often the owner renews its leases: three chances before they expire. */
    Duration heartbeat() {
        return leaseTimeout.dividedBy(3);
    }
}
