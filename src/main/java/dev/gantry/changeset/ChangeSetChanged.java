package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import java.util.Set;

/**
 * Published after every mutation of a change set (or of HEAD, as {@link ChangeSetId#HEAD}) so the canvas can
 * patch the components named instead of reloading. Listen with {@code @TransactionalEventListener} to see
 * only committed changes.
 */
public record ChangeSetChanged(ChangeSetId changeSetId, Set<ComponentId> componentIds, String action) {}
