package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.catalog.CatalogService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Components added without a position (through the API, say) are laid out so that the diagram reads well. */
class LayoutTest {

    private final Model model = new Model(CatalogService.shared(), new CatalogRuleChecker(), SecretSealer.PLAINTEXT);

    @Test
    void siblingsWithoutAPositionSitSideBySideBelowTheFramesSocketsWithoutOverlapping() {
        Component vpc = model.add("vpc", "AWS::EC2::VPC", ComponentType.DOWN_FRAME, null, null, null);
        List<Geometry> subnets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            subnets.add(model.add("subnet-" + i, "AWS::EC2::Subnet", ComponentType.COMPONENT, vpc.id(), null, null)
                    .geometry());
        }

        assertThat(subnets.getFirst().y()).isGreaterThan(34); // below the frame's title and socket rows
        for (int i = 0; i < subnets.size(); i++) {
            for (int j = i + 1; j < subnets.size(); j++) {
                assertThat(overlap(subnets.get(i), subnets.get(j)))
                        .as("subnet-%d and subnet-%d", i, j)
                        .isFalse();
            }
        }
        assertThat(subnets.stream().mapToDouble(Geometry::x).max().orElseThrow())
                .isLessThan(1500); // rows wrap
        assertThat(subnets.getLast().y()).isGreaterThan(subnets.getFirst().y());
    }

    @Test
    void framesGrowToHoldWhatIsAddedAllTheWayUp() {
        Component region = model.add("us-east-1", "Region", ComponentType.DOWN_FRAME, null, null, null);
        Component vpc = model.add("vpc", "AWS::EC2::VPC", ComponentType.DOWN_FRAME, region.id(), null, null);
        Component subnet = null;
        for (int i = 0; i < 6; i++) {
            subnet = model.add("subnet-" + i, "AWS::EC2::Subnet", ComponentType.DOWN_FRAME, vpc.id(), null, null);
        }

        Geometry vpcNow = model.require(vpc.id()).geometry();
        Geometry regionNow = model.require(region.id()).geometry();
        assertThat(contains(vpcNow, subnet.geometry())).isTrue();
        assertThat(contains(regionNow, vpcNow)).isTrue();
    }

    @Test
    void thirtyComponentsAndFramesInOneFrameNeverOverlapAndTheFrameHoldsThemAll() {
        Component vpc = model.add("vpc", "AWS::EC2::VPC", ComponentType.DOWN_FRAME, null, null, null);
        List<String> assets = List.of(
                "AWS::EC2::Subnet",
                "AWS::EC2::SecurityGroup",
                "AWS::EC2::RouteTable",
                "AWS::EC2::NatGateway",
                "AWS::ElasticLoadBalancingV2::LoadBalancer");
        for (int i = 0; i < 30; i++) {
            ComponentType type = i % 7 == 3 ? ComponentType.DOWN_FRAME : ComponentType.COMPONENT;
            model.add("c-" + i, assets.get(i % assets.size()), type, vpc.id(), null, null);
        }

        List<Component> children = model.children(vpc.id());
        assertThat(children).hasSize(30);
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                assertThat(overlap(children.get(i).geometry(), children.get(j).geometry()))
                        .as("%s and %s", children.get(i).name(), children.get(j).name())
                        .isFalse();
            }
            assertThat(contains(
                            model.require(vpc.id()).geometry(), children.get(i).geometry()))
                    .isTrue();
        }
    }

    @Test
    void aChildFrameThatGrowsGrowsItsParentAndPushesTheSiblingBesideItAside() {
        Component vpc = model.add("vpc", "AWS::EC2::VPC", ComponentType.DOWN_FRAME, null, null, null);
        Component alb = model.add(
                "alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", ComponentType.DOWN_FRAME, vpc.id(), null, null);
        Component sg = model.add("alb-sg", "AWS::EC2::SecurityGroup", ComponentType.COMPONENT, vpc.id(), null, null);
        Component cluster = model.add("cluster", "AWS::ECS::Cluster", ComponentType.DOWN_FRAME, null, null, null);

        model.resize(alb.id(), 1200, 900);

        Geometry albNow = model.require(alb.id()).geometry();
        assertThat(overlap(albNow, model.require(sg.id()).geometry())).isFalse();
        assertThat(contains(model.require(vpc.id()).geometry(), albNow)).isTrue();
        assertThat(contains(
                        model.require(vpc.id()).geometry(),
                        model.require(sg.id()).geometry()))
                .isTrue();
        assertThat(overlap(
                        model.require(vpc.id()).geometry(),
                        model.require(cluster.id()).geometry()))
                .isFalse();
    }

    @Test
    void manyFullTopLevelFramesFillAGridThatFitsAScreenNotOneColumn() {
        List<Component> vpcs = new ArrayList<>();
        for (int v = 0; v < 40; v++) {
            Component vpc = model.add("vpc-" + v, "AWS::EC2::VPC", ComponentType.DOWN_FRAME, null, null, null);
            for (int i = 0; i < 20; i++) {
                model.add("subnet-" + v + "-" + i, "AWS::EC2::Subnet", ComponentType.COMPONENT, vpc.id(), null, null);
            }
            vpcs.add(vpc);
        }

        List<Geometry> frames =
                vpcs.stream().map(v -> model.require(v.id()).geometry()).toList();
        double width = frames.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
        double height =
                frames.stream().mapToDouble(g -> g.y() + g.height()).max().orElseThrow();
        assertThat(width / height).as("width / height of the whole diagram").isBetween(0.7, 4.0);
        for (int i = 0; i < frames.size(); i++) {
            for (int j = i + 1; j < frames.size(); j++) {
                assertThat(overlap(frames.get(i), frames.get(j)))
                        .as("vpc-%d and vpc-%d", i, j)
                        .isFalse();
            }
        }
    }

    @Test
    void framesShrinkBackWhenWhatMadeThemGrowIsDeletedDownToANewFramesSize() {
        Component credential = model.add("creds", "AWS Credential", ComponentType.DOWN_FRAME, null, null, null);
        Component region = model.add("us-east-1", "Region", ComponentType.DOWN_FRAME, credential.id(), null, null);
        Component vpc = model.add("vpc", "AWS::EC2::VPC", ComponentType.DOWN_FRAME, region.id(), null, null);
        for (int i = 0; i < 12; i++) {
            model.add("subnet-" + i, "AWS::EC2::Subnet", ComponentType.COMPONENT, vpc.id(), null, null);
        }
        Geometry hugeRegion = model.require(region.id()).geometry();
        assertThat(hugeRegion.width()).isGreaterThan(1000);

        model.delete(vpc.id());

        Geometry regionNow = model.require(region.id()).geometry();
        Geometry credentialNow = model.require(credential.id()).geometry();
        assertThat(regionNow.width()).isEqualTo(Layout.FRAME_WIDTH);
        assertThat(regionNow.height()).isBetween(Layout.FRAME_HEIGHT, 500.0);
        assertThat(contains(credentialNow, regionNow)).isTrue();
        assertThat(credentialNow.width()).isLessThan(hugeRegion.width());
        assertThat(credentialNow.width()).isLessThanOrEqualTo(regionNow.x() + regionNow.width() + 24);
    }

    @Test
    void aFrameShrinksToWhatRemainsAndKeepsRoomTheUserGaveIt() {
        Component vpc = model.add("vpc", "AWS::EC2::VPC", ComponentType.DOWN_FRAME, null, null, null);
        List<Component> subnets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            subnets.add(model.add("subnet-" + i, "AWS::EC2::Subnet", ComponentType.COMPONENT, vpc.id(), null, null));
        }
        double fullHeight = model.require(vpc.id()).geometry().height();

        for (Component s : subnets.subList(4, 10)) { // the later rows go
            model.delete(s.id());
        }

        Geometry vpcNow = model.require(vpc.id()).geometry();
        assertThat(vpcNow.height()).isLessThan(fullHeight);
        for (Component s : subnets.subList(0, 4)) {
            assertThat(contains(vpcNow, model.require(s.id()).geometry())).isTrue();
        }

        model.resize(vpc.id(), 3000, 2000); // room the user wants
        model.delete(subnets.get(3).id());
        assertThat(model.require(vpc.id()).geometry().width()).isGreaterThan(2500);
    }

    private static boolean overlap(Geometry a, Geometry b) {
        return a.x() < b.x() + b.width()
                && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    /** Child coordinates are relative to the frame. */
    private static boolean contains(Geometry frame, Geometry child) {
        return child.x() >= 0
                && child.y() >= 0
                && child.x() + child.width() <= frame.width()
                && child.y() + child.height() <= frame.height();
    }
}
