package dev.gantry.changeset;

/** open → needs approval → approved or rejected → applied; abandoned is final. An edit reopens. */
public enum ChangeSetStatus {
    OPEN,
    NEEDS_APPROVAL,
    APPROVED,
    REJECTED,
    APPLIED,
    ABANDONED;

    public boolean isFinal() {
        return this == APPLIED || this == ABANDONED;
    }
}
