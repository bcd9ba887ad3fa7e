package dev.gantry.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.CatalogService;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentView;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Connection;
import dev.gantry.model.Geometry;
import dev.gantry.model.Qualification;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** What the canvas is sent for a change set's components and connections, from the real catalogue. */
class DiagramBuilderTest {

    private static final CatalogService CATALOG = CatalogService.shared();

    private final ComponentId vpc = ComponentId.random();
    private final ComponentId subnet = ComponentId.random();

    @Test
    void framesAndComponentsBecomeNodesWithTheirAssetsSocketsStatusAndFindings() {
        Diagram diagram = new DiagramBuilder(CATALOG)
                .build(
                        "cs-1",
                        List.of(
                                view(
                                        vpc,
                                        "How to VPC",
                                        "AWS::EC2::VPC",
                                        "down frame",
                                        null,
                                        new ResourceData("vpc-0abc", ResourceStatus.OK, null, null, null)),
                                view(subnet, "public a", "AWS::EC2::Subnet", "component", vpc, null)),
                        List.of(new Connection(
                                vpc,
                                "Vpc Id",
                                subnet,
                                "Vpc Id",
                                Connection.Kind.IMPLICIT,
                                "the frame passes its Vpc Id")),
                        Map.of(
                                subnet,
                                List.of(new Qualification(
                                        Qualification.Severity.ERROR,
                                        "required",
                                        "CidrBlock",
                                        "CidrBlock is required"))));

        assertThat(diagram.viewKey()).isEqualTo("cs-1");
        Diagram.Node frame = diagram.nodes().get(0);
        assertThat(frame.kind()).isEqualTo("down-frame");
        assertThat(frame.service())
                .isEqualTo(CATALOG.find("AWS::EC2::VPC").map(Asset::service).orElseThrow());
        assertThat(frame.color()).isEqualTo(ServiceColors.of(frame.service()));
        assertThat(frame.width()).as("frames have a size").isEqualTo(400.0);
        assertThat(frame.status()).isEqualTo("ok");
        assertThat(frame.parentId()).isNull();
        assertThat(frame.outputs()).extracting(Diagram.Socket::name).contains("Vpc Id");

        Diagram.Node inside = diagram.nodes().get(1);
        assertThat(inside.kind()).isEqualTo("component");
        assertThat(inside.parentId()).isEqualTo(vpc.toString());
        assertThat(inside.width()).as("components size themselves").isNull();
        assertThat(inside.status()).as("not applied yet").isNull();
        assertThat(inside.findings()).isEqualTo(1);
        assertThat(inside.inputs()).extracting(Diagram.Socket::name).contains("Vpc Id");
    }

    @Test
    void connectionsBecomeEdgesWithStableIds() {
        Connection connection = new Connection(
                vpc, "Vpc Id", subnet, "Vpc Id", Connection.Kind.IMPLICIT, "the frame passes its Vpc Id");

        Diagram diagram = new DiagramBuilder(CATALOG).build("cs-1", List.of(), List.of(connection), Map.of());

        assertThat(diagram.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.id()).isEqualTo(EdgeKey.of(connection));
            assertThat(edge.source()).isEqualTo(vpc.toString());
            assertThat(edge.target()).isEqualTo(subnet.toString());
            assertThat(edge.implicit()).isTrue();
            assertThat(edge.explanation()).isEqualTo("the frame passes its Vpc Id");
        });
    }

    @Test
    void aComponentOfAnAssetTheCatalogueLacksStillShowsWithoutSockets() {
        Diagram diagram = new DiagramBuilder(CATALOG)
                .build(
                        "cs-1",
                        List.of(view(vpc, "gone", "AWS::Nothing::Here", "component", null, null)),
                        List.of(),
                        Map.of());

        assertThat(diagram.nodes()).singleElement().satisfies(node -> {
            assertThat(node.service()).isEmpty();
            assertThat(node.inputs()).isEmpty();
            assertThat(node.outputs()).isEmpty();
        });
    }

    private static ComponentView view(
            ComponentId id, String name, String asset, String type, ComponentId parent, ResourceData resource) {
        return new ComponentView(
                ChangeSetId.HEAD,
                id,
                name,
                asset,
                ComponentType.parse(type),
                parent,
                new Geometry(10, 20, 400, 300),
                JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(),
                Map.of(),
                Map.of(),
                resource);
    }
}
