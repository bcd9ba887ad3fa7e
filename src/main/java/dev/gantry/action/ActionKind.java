package dev.gantry.action;

/** What an action does to a component's resource. Derived from the change set, never hand-made. */
public enum ActionKind {
    /** A new component with a resource type: make the resource. */
    CREATE,
    /** Read the resource back after a create, or on demand, so its attributes flow downstream. */
    REFRESH,
    /** Changed properties of an existing resource, none of them create-only. */
    UPDATE,
    /** A create-only property changed: delete the resource, then create it anew. */
    REPLACE,
    /** The component was deleted and has a resource: remove it from the cloud. */
    DELETE,
    /** Forget the resource without touching the cloud. */
    ERASE,
    /** Adopt an existing resource (import by id, discovery): read it and record it as managed; create nothing. */
    IMPORT
}
