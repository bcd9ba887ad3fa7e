package dev.gantry.action;

import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ChangeSetStatus;
import dev.gantry.changeset.ChangeSetView;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ConnectionService;
import dev.gantry.changeset.DesiredResource;
import dev.gantry.changeset.IllegalChangeSetStateException;
import dev.gantry.changeset.MergeResult;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import dev.gantry.security.Actor;
import dev.gantry.security.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying change sets to the cloud: the plan a change set would run, apply itself (merge into HEAD, then run
 * the actions in the background), and the levers on a run (retry, hold, release, remove, refresh).
 */
@Service
public class ApplyService {

    private final ChangeSetService changeSets;
    private final ConnectionService connections;
    private final ComponentService components;
    private final DeletedResources deletedResources;
    private final ResourceService resources;
    private final ApplyRuns runs;
    private final ActionStore store;
    private final ActionPlanner planner = new ActionPlanner();

    ApplyService(
            ChangeSetService changeSets,
            ConnectionService connections,
            ComponentService components,
            DeletedResources deletedResources,
            ResourceService resources,
            ApplyRuns runs,
            ActionStore store) {
        this.changeSets = changeSets;
        this.connections = connections;
        this.components = components;
        this.deletedResources = deletedResources;
        this.resources = resources;
        this.runs = runs;
        this.store = store;
    }

    /** The actions applying the change set would run, in order, with the critical path. */
    public ActionPlan plan(ChangeSetId changeSet) {
        return planner.plan(planInput(changeSet, changeSets.diff(changeSet).actions()));
    }

    /**
     * Applies an approved change set (or one that runs no cloud action, which needs no approval): merges it into
     * HEAD (refused unless approved with exactly this content), then runs its actions in the background.
     * Deleted components leave HEAD at the merge, so what their deletes need is kept with the run first.
     * The merge and the run with its actions commit together: a crash between them leaves neither, never a HEAD
     * claiming what no action will do; the engine starts the run after the commit.
     */
    @Transactional
    public ApplyRunView apply(ChangeSetId changeSet) {
        ChangeSetView view = changeSets.get(changeSet);
        Actor actor = Actor.current();
        if (!actor.has(Role.APPROVER)
                && !(actor.has(Role.COLLABORATOR) && actor.name().equals(view.createdBy()))) {
            throw new AccessDeniedException("A change set is applied by an approver, an owner, or its author");
        }
        List<dev.gantry.model.ResourceChange> expected =
                changeSets.diff(changeSet).actions();
        if (view.status() != ChangeSetStatus.APPROVED && !expected.isEmpty() && changeSets.reviewWaived()) {
            // alone in the workspace: "Apply Change Set" is the owner's own approval, recorded like any other
            if (view.status() == ChangeSetStatus.OPEN) {
                changeSets.requestApproval(changeSet);
            }
            view = changeSets.approve(changeSet);
        }
        if (view.status() != ChangeSetStatus.APPROVED && !expected.isEmpty()) {
            throw new IllegalChangeSetStateException("Only an approved change set can be applied; " + view.name()
                    + " is " + view.status().name().toLowerCase().replace('_', ' ') + " and would run "
                    + expected.size() + " cloud action(s)");
        }
        Map<UUID, String> deleted = deletedResources.capture(expected);
        List<Connection> changed = connections.list(changeSet).connections();
        List<Connection> headBefore = headConnections(); // deleted components' connections exist only here
        List<PlanInput.Resource> resources = headResources();
        MergeResult merged = changeSets.applyMerge(changeSet);
        ActionPlan plan = planner.plan(planInput(merged.actions(), changed, headBefore, resources));
        UUID runId = runs.start(
                changeSet.value(), plan, "Apply " + view.name(), Actor.current().name(), deleted);
        return run(runId);
    }

    /** Reads the component's resource again on HEAD and records what the cloud says now. */
    public ApplyRunView refresh(ComponentId component) {
        if (!Actor.current().has(Role.COLLABORATOR)) {
            throw new AccessDeniedException("Viewers cannot refresh resources");
        }
        DesiredResource desired = resources.desiredResource(component);
        if (desired.resource() == null || !desired.resource().exists()) {
            throw new IllegalActionStateException(desired.name() + " has no resource to refresh; apply it first");
        }
        PlannedAction refresh = new PlannedAction(
                UUID.randomUUID(),
                ActionKind.REFRESH,
                component.value(),
                desired.name(),
                desired.resourceType(),
                List.of());
        ActionPlan plan = new ActionPlan(List.of(refresh), List.of(refresh));
        return run(runs.start(
                null, plan, "Refresh " + desired.name(), Actor.current().name(), Map.of()));
    }

    /** Reads every resource on HEAD again (drift detection): one run of refreshes; nothing is changed in the cloud. */
    public ApplyRunView refreshAll() {
        if (!Actor.current().has(Role.COLLABORATOR)) {
            throw new AccessDeniedException("Viewers cannot refresh resources");
        }
        return refreshAllAs(Actor.current().name());
    }

    /** {@link #refreshAll()} on behalf of {@code who} (the scheduled refresh); no run when nothing has a resource. */
    public ApplyRunView refreshAllAs(String who) {
        List<PlannedAction> refreshes = components.list(ChangeSetId.HEAD).stream()
                .filter(c -> c.resource() != null && c.resource().exists())
                .map(c -> new PlannedAction(
                        UUID.randomUUID(), ActionKind.REFRESH, c.id().value(), c.name(), c.assetName(), List.of()))
                .toList();
        if (refreshes.isEmpty()) {
            throw new IllegalActionStateException("Nothing on HEAD has a resource to refresh");
        }
        return run(runs.start(
                null, new ActionPlan(refreshes, List.of(refreshes.getFirst())), "Refresh all", who, Map.of()));
    }

    public ApplyRunView run(UUID runId) {
        ApplyRunSummary summary = store.run(runId);
        List<ActionRecord> actions = runs.actions(runId);
        RunOutcome outcome = RunOutcome.of(actions);
        return new ApplyRunView(
                runId,
                summary.changeSetId(),
                summary.title(),
                summary.createdBy(),
                summary.createdAt(),
                summary.finishedAt(),
                outcome.status(),
                outcome.summary(),
                actions);
    }

    public List<ApplyRunView> recentRuns(int limit) {
        return store.recentRunIds(limit).stream().map(this::run).toList();
    }

    public ApplyRunView retry(UUID actionId) {
        requireApprover();
        runs.retry(actionId);
        return run(store.action(actionId).applyRunId());
    }

    public ApplyRunView hold(UUID actionId) {
        requireApprover();
        runs.hold(actionId);
        return run(store.action(actionId).applyRunId());
    }

    public ApplyRunView release(UUID actionId) {
        requireApprover();
        runs.release(actionId);
        return run(store.action(actionId).applyRunId());
    }

    /** Marks a queued, held or failed action removed, with who; a finished one is history and stays (409). */
    public ApplyRunView remove(UUID actionId) {
        String who = requireApprover().name();
        UUID runId = store.action(actionId).applyRunId();
        runs.remove(actionId, who);
        return run(runId);
    }

    /** The levers on a run (retry, hold, release, remove) steer cloud calls that were approved: approvers' work. */
    private static Actor requireApprover() {
        Actor actor = Actor.current();
        if (!actor.has(Role.APPROVER)) {
            throw new AccessDeniedException("Only approvers and owners steer apply runs");
        }
        return actor;
    }

    private PlanInput planInput(ChangeSetId changeSet, List<dev.gantry.model.ResourceChange> actions) {
        return planInput(actions, connections.list(changeSet).connections(), headConnections(), headResources());
    }

    /** HEAD's components that have a resource: those consuming a replaced resource must be updated after it. */
    private List<PlanInput.Resource> headResources() {
        return components.list(ChangeSetId.HEAD).stream()
                .filter(c -> c.resource() != null && c.resource().exists())
                .map(c -> new PlanInput.Resource(c.id().value(), c.name(), c.assetName()))
                .toList();
    }

    private List<Connection> headConnections() {
        return connections.list(ChangeSetId.HEAD).connections();
    }

    /**
     * The data flow of both worlds: the change set's (creates and updates follow it) and HEAD's before the
     * merge (deleted components are only there; their deletes follow it in reverse).
     */
    private static PlanInput planInput(
            List<dev.gantry.model.ResourceChange> actions,
            List<Connection> changed,
            List<Connection> head,
            List<PlanInput.Resource> resources) {
        List<PlanInput.Change> changes = actions.stream()
                .map(a -> new PlanInput.Change(
                        a.componentId().value(),
                        a.componentName(),
                        a.resourceType(),
                        ActionKind.valueOf(a.kind().name())))
                .toList();
        Set<PlanInput.DataFlow> flow = new HashSet<>();
        for (List<Connection> world : List.of(changed, head)) {
            world.forEach(c -> flow.add(new PlanInput.DataFlow(c.from().value(), c.to().value())));
        }
        return new PlanInput(changes, new ArrayList<>(flow), resources);
    }
}
