package dev.gantry.action;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a run stands, from its actions: still running, succeeded, or stopped (failed when an action failed, held when
 * only holds keep it) with what is left and what the user can do about it.
 */
record RunOutcome(RunStatus status, @Nullable String summary, boolean stopped) {

    static RunOutcome of(List<ActionRecord> actions) {
        if (actions.stream().allMatch(a -> a.state() == ActionState.SUCCEEDED || a.state() == ActionState.REMOVED)) {
            long removed = count(actions, ActionState.REMOVED);
            return new RunOutcome(
                    RunStatus.SUCCEEDED,
                    (actions.size() - removed) + " action(s) succeeded"
                            + (removed == 0 ? "" : ", " + removed + " removed"),
                    true);
        }
        Set<UUID> present = new HashSet<>();
        Set<UUID> done = new HashSet<>();
        actions.forEach(a -> {
            present.add(a.id());
            if (a.state() == ActionState.SUCCEEDED || a.state() == ActionState.REMOVED) {
                done.add(a.id()); // a removed action no longer holds up what depended on it
            }
        });
        boolean canProceed = actions.stream()
                .anyMatch(a -> a.state() == ActionState.RUNNING
                        || (a.state() == ActionState.QUEUED
                                && a.dependsOn().stream().allMatch(d -> done.contains(d) || !present.contains(d))));
        if (canProceed) {
            return new RunOutcome(RunStatus.RUNNING, null, false);
        }
        long failed = count(actions, ActionState.FAILED);
        long onHold = count(actions, ActionState.ON_HOLD);
        long held = onHold + count(actions, ActionState.QUEUED);
        RunStatus status = failed > 0 ? RunStatus.FAILED : RunStatus.HELD;
        return new RunOutcome(status, status.label() + ": " + describe(failed, held) + nextStep(failed, onHold), true);
    }

    private static String describe(long failed, long held) {
        String failures = failed == 1 ? "1 action failed" : failed + " actions failed";
        String holds = held + " held";
        if (failed == 0) {
            return held == 1 ? "1 action held" : held + " actions held";
        }
        return held == 0 ? failures : failures + ", " + holds;
    }

    private static String nextStep(long failed, long onHold) {
        if (failed > 0) {
            return ". Fix the cause and retry the failed action, or remove it to let what waits on it go on"
                    + (onHold > 0 ? "; actions on hold continue once released" : "");
        }
        return ". Release the actions on hold to continue, or remove them";
    }

    private static long count(List<ActionRecord> actions, ActionState state) {
        return actions.stream().filter(a -> a.state() == state).count();
    }
}
