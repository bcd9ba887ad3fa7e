package dev.gantry.changeset;

import java.util.UUID;

/**
 * This Gantry process among the instances that share one PostgreSQL.
 *
 * @param id        the name people read (run history, logs): {@code gantry.instance.id}, by default
 *                  {@code <host name>:<HTTP port>}; two instances may share one by mistake without harm
 * @param bootToken unique to this start of the process: what leases and relayed events are owned by, so that a
 *                  restarted instance never mistakes its predecessor's leases for its own
 */
public record GantryInstance(String id, String bootToken) {

    static GantryInstance started(String id) {
        return new GantryInstance(id, UUID.randomUUID().toString());
    }
}
