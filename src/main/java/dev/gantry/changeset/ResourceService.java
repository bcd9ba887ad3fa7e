package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.Geometry;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import dev.gantry.model.UnknownComponentException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resource data on HEAD, as apply and refresh record it. Every change set sees it at once (resource data is
 * never copied into change sets), so values such as ARNs flow to consumers as soon as they exist.
 */
@Service
@Transactional
public class ResourceService {

    private final WorkspaceRepository workspaces;
    private final ComponentRows rows;
    private final Auditor auditor;
    private final ApplicationEventPublisher events;
    private final ChangeSetEditor editor;
    private final DesiredResources desired;
    private final HeadSnapshots snapshots;

    ResourceService(
            WorkspaceRepository workspaces,
            ComponentRows rows,
            Auditor auditor,
            ApplicationEventPublisher events,
            ChangeSetEditor editor,
            DesiredResources desired,
            HeadSnapshots snapshots) {
        this.workspaces = workspaces;
        this.rows = rows;
        this.snapshots = snapshots;
        this.auditor = auditor;
        this.events = events;
        this.editor = editor;
        this.desired = desired;
    }

    /** What a provider must be sent for a component on HEAD, resolved now (late binding), secrets in plaintext. */
    @Transactional(readOnly = true)
    public DesiredResource desiredResource(ComponentId id) {
        return editor.read(ChangeSetId.HEAD, (head, model) -> desired.of(model, id));
    }

    /**
     * Where and as whom a component of that asset placed in {@code parent} of the change set would call the
     * cloud: its Region and AWS Credential as the frames would feed them (an import reads the resource before
     * the component exists). The model is read, never written: the probe component is dropped with it.
     */
    @Transactional(readOnly = true)
    public DesiredResource probe(ChangeSetId changeSet, ComponentId parent, String assetName) {
        return editor.read(changeSet, (cs, model) -> {
            var probe = model.add(
                    "probe", assetName, dev.gantry.model.ComponentType.COMPONENT, parent, Geometry.DEFAULT, null);
            return desired.of(model, probe.id());
        });
    }

    /**
     * Shows a failed cloud call on the component: status {@code failed} and the message, keeping whatever the
     * resource already had (its identifier, payload and attributes), since the resource itself may well exist.
     */
    public void recordFailure(ComponentId id, String message) {
        WorkspaceEntity ws =
                workspaces.lockForHeadChange(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        ResourceData old = ComponentCodec.resource(
                rows.headResource(ws.id(), id).orElseThrow(() -> notOnHead(id)).json());
        ResourceData failed = old == null
                ? new ResourceData(null, ResourceStatus.FAILED, message, null, null)
                : new ResourceData(old.identifier(), ResourceStatus.FAILED, message, old.payload(), old.attributes());
        write(ws, id, ComponentCodec.resource(failed), "record failure");
    }

    /** Records (or, with null, forgets) what the cloud reported for a component on HEAD. */
    public void recordResource(ComponentId id, ResourceData resource) {
        WorkspaceEntity ws =
                workspaces.lockForHeadChange(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        write(ws, id, resource == null ? null : ComponentCodec.resource(resource), "record resource");
    }

    private void write(WorkspaceEntity ws, ComponentId id, ObjectNode json, String action) {
        long from = ws.headVersion();
        long version = ws.advanceHead();
        ObjectNode stored = rows.recordResource(ws.id(), id, json, version)
                .orElseThrow(() -> notOnHead(id))
                .json();
        snapshots.afterCommit(ws.id(), from, head -> head.withResource(version, id, stored));
        auditor.record(ws.id(), ChangeSetId.HEAD, action, id, null, json);
        events.publishEvent(new ChangeSetChanged(ChangeSetId.HEAD, Set.of(id), action));
    }

    private static UnknownComponentException notOnHead(ComponentId id) {
        return new UnknownComponentException(
                "No component " + id + " on HEAD: resource data is recorded for " + "applied components only");
    }
}
