package dev.gantry.changeset;

import java.time.Instant;

/**
 * One review of a change set: who approved or rejected it, when, with what comment.
 *
 * @param decision {@code approved} or {@code rejected}
 * @param current  whether it reviewed the content the change set has now (an edit voids earlier approvals)
 */
public record ReviewView(String reviewer, String decision, String comment, Instant at, boolean current) {}
