package dev.gantry.action;

import java.util.List;

/**
 * The actions apply will run, in an order that respects every dependency, with the longest chain of
 * dependent actions (the critical path: no amount of parallelism makes apply faster than that chain).
 */
public record ActionPlan(List<PlannedAction> actions, List<PlannedAction> criticalPath) {

    public ActionPlan {
        actions = List.copyOf(actions);
        criticalPath = List.copyOf(criticalPath);
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }
}
