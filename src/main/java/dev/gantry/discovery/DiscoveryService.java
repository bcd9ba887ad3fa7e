package dev.gantry.discovery;

import dev.gantry.action.CloudContext;
import dev.gantry.action.CloudContexts;
import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceState;
import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.changeset.Adopted;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ConnectionInference;
import dev.gantry.model.Containment;
import dev.gantry.model.InferredDiagram;
import dev.gantry.model.InvalidInputException;
import dev.gantry.security.Actor;
import dev.gantry.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Discovery: lists an account's resources (native describe calls, Cloud Control {@code ListResources} for other
 * types), reads each, leaves out what is filtered away, and draws what no component manages yet into a change
 * set, in frames by containment and with connections reconstructed from identifiers ({@link Containment},
 * {@link ConnectionInference}). Runs in the background; the result is a change set to review, whose apply
 * imports what it found and creates nothing.
 */
@Service
public class DiscoveryService implements AutoCloseable {

    private final Catalog catalog;
    private final CloudContexts contexts;
    private final CloudReader reader;
    private final List<ResourceLister> listers;
    private final ComponentService components;
    private final ChangeSetService changeSets;
    private final DiscoveryRuns runs;
    private final ExecutorService workers = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("discovery-", 1).daemon().factory());

    DiscoveryService(
            Catalog catalog,
            CloudContexts contexts,
            CloudReader reader,
            List<ResourceLister> listers,
            ComponentService components,
            ChangeSetService changeSets,
            DiscoveryRuns runs) {
        this.catalog = catalog;
        this.contexts = contexts;
        this.reader = reader;
        this.listers = List.copyOf(listers);
        this.components = components;
        this.changeSets = changeSets;
        this.runs = runs;
    }

    /** Checks the request, then discovers in the background; follow it with {@link #discovery(UUID)}. */
    public DiscoveryView start(ChangeSetId changeSet, DiscoveryRequest request) {
        Actor actor = Actor.current();
        if (!actor.has(Role.COLLABORATOR)) {
            throw new AccessDeniedException("Only collaborators and above may discover resources into a change set");
        }
        ResourceLister lister = listers.stream()
                .findFirst()
                .orElseThrow(() -> new ImportRefusedException("No cloud provider can list resources"));
        List<Asset> types = types(request, lister);
        ChangeSetId target = changeSet.isHead() ? changeSets.create("Discovery").id() : changeSet;
        ComponentId root = root(target, request);
        CloudContext context =
                contexts.forNewComponent(target, root, types.getFirst().name());
        DiscoveryRuns.Run run = runs.start(target, actor.name());
        workers.submit(
                new DelegatingSecurityContextRunnable(() -> discover(run, lister, types, root, context, request)));
        return run.view();
    }

    public DiscoveryView discovery(UUID id) {
        return runs.find(id).orElseThrow(() -> new UnknownDiscoveryException(id));
    }

    private List<Asset> types(DiscoveryRequest request, ResourceLister lister) {
        List<String> names = request.types().isEmpty() ? lister.nativeTypes() : request.types();
        List<Asset> types = new ArrayList<>();
        for (String name : names) {
            Asset asset = catalog.require(name);
            if (asset.resourceType().isEmpty()) {
                throw new ImportRefusedException(
                        asset.name() + " has no cloud resource of its own: nothing to discover");
            }
            types.add(asset);
        }
        return types;
    }

    /** The frame to draw into: the one named, or a new Region frame inside the credential named. */
    private ComponentId root(ChangeSetId changeSet, DiscoveryRequest request) {
        if (request.parent() != null) {
            ComponentView frame = components.get(changeSet, request.parent());
            if (!frame.type().isFrame()) {
                throw new InvalidInputException(
                        "parent",
                        "`" + frame.name() + "` is not a frame: discover into a Region frame or one inside it");
            }
            return frame.id();
        }
        if (request.credential() == null
                || request.region() == null
                || request.region().isBlank()) {
            throw new InvalidInputException(
                    "parent",
                    "Say where to look: a frame that provides Region and AWS Credential, or a credential "
                            + "and a region");
        }
        ComponentView credential = components.get(changeSet, request.credential());
        return components
                .create(
                        changeSet,
                        new NewComponent(
                                request.region().strip(),
                                "Region",
                                "down frame",
                                credential.type().isFrame() ? credential.id() : null,
                                null,
                                JsonNodeFactory.instance
                                        .objectNode()
                                        .put("Region", request.region().strip())))
                .id();
    }

    private void discover(
            DiscoveryRuns.Run run,
            ResourceLister lister,
            List<Asset> types,
            ComponentId root,
            CloudContext context,
            DiscoveryRequest request) {
        try {
            DiscoveredResources found = new DiscoveredResources();
            for (Asset type : types) {
                read(run, lister, type, context, found);
            }
            run.phase("Filtering and reconstructing frames and connections");
            if (request.vpcId() != null && !request.vpcId().isBlank()) {
                found.keepVpc(request.vpcId().strip());
            }
            if (request.tag() != null && !request.tag().isBlank()) {
                found.keepTagged(request.tag());
            }
            draw(run, root, found);
        } catch (RuntimeException e) {
            run.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void read(
            DiscoveryRuns.Run run, ResourceLister lister, Asset type, CloudContext context, DiscoveredResources found) {
        run.phase("Listing " + type.name());
        List<String> identifiers;
        try {
            identifiers = lister.list(type.name(), context);
        } catch (ProviderException e) {
            run.finding(type.name() + " could not be listed: " + e.getMessage());
            return;
        }
        int read = 0;
        for (String identifier : identifiers) {
            run.phase("Reading " + type.name() + " " + (read + 1) + " of " + identifiers.size());
            try {
                ResourceState state = reader.read(type.name(), identifier, context);
                ComponentId existing = components
                        .manager(run.changeSet, type.name(), state.identifier())
                        .orElse(null);
                found.add(type, state, existing);
                read++;
            } catch (ImportRefusedException e) {
                run.finding(e.getMessage());
            }
            run.progress(type.name(), identifiers.size(), read, read);
        }
        run.progress(type.name(), identifiers.size(), read, read);
    }

    private void draw(DiscoveryRuns.Run run, ComponentId root, DiscoveredResources found) {
        List<DiscoveredResources.Found> all = found.all();
        List<ConnectionInference.Resource> resources =
                all.stream().map(DiscoveredResources.Found::forInference).toList();
        Containment.Placement placement =
                Containment.place(Containment.assetsOf(resources), ConnectionInference.references(resources));
        List<InferredDiagram.Entry> entries = all.stream()
                .map(f -> new InferredDiagram.Entry(
                        f.key(),
                        ResourceNames.of(f.asset(), f.identifier(), f.properties()),
                        f.asset().name(),
                        f.properties(),
                        f.identifier(),
                        f.existing()))
                .toList();
        long managed = all.stream().filter(f -> f.existing() != null).count();
        run.phase("Drawing " + (all.size() - managed) + " component(s)");
        Adopted<Map<String, ComponentId>> drawn =
                components.drawInferred(run.changeSet, root, entries, placement, "discover");
        run.succeeded((int) (all.size() - managed), (int) managed, drawn.leftOut());
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
