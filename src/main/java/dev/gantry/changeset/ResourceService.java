package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

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

    ResourceService(WorkspaceRepository workspaces, ComponentRows rows, Auditor auditor,
                    ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.rows = rows;
        this.auditor = auditor;
        this.events = events;
    }

    /** Records (or, with null, forgets) what the cloud reported for a component on HEAD. */
    public void recordResource(ComponentId id, ResourceData resource) {
        WorkspaceEntity ws = workspaces.lockForHeadChange(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        long version = ws.advanceHead();
        var json = resource == null ? null : ComponentCodec.resource(resource);
        if (rows.recordResource(ws.id(), id, json, version) == 0) {
            throw new dev.gantry.model.UnknownComponentException("No component " + id + " on HEAD: resource data "
                    + "is recorded for applied components only");
        }
        auditor.record(ws.id(), ChangeSetId.HEAD, "record resource", id, null, json);
        events.publishEvent(new ChangeSetChanged(ChangeSetId.HEAD, Set.of(id), "record resource"));
    }
}
