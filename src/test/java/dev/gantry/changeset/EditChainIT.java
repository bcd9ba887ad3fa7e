package dev.gantry.changeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.model.ComponentId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each edit of a change set starts from the model the previous edit left (OverlayCache), not from all its rows
 * again. These check what a user would notice if that model went astray: an edit that does not see the one before,
 * a refused edit that leaves half of itself behind, HEAD moving underneath without the change set seeing it.
 */
@GantryIntegrationTest
@AsOwner
class EditChainIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    ConnectionService connections;

    private static ObjectNode obj(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void editsInARowEachSeeTheLastAndAFreshReadAgreesWithWhatTheyAnswered() {
        ChangeSetId cs = changeSets.create("chain").id();
        ComponentView vpc = components.create(
                cs, new NewComponent("chain-vpc", "AWS::EC2::VPC", "down frame", null, null, obj("{}")));
        ComponentView subnet = components.create(
                cs, new NewComponent("chain-subnet", "AWS::EC2::Subnet", null, vpc.id(), null, obj("{}")));
        ComponentView group = components.create(
                cs, new NewComponent("chain-sg", "AWS::EC2::SecurityGroup", null, vpc.id(), null, obj("{}")));
        ComponentView ingress = components.create(
                cs,
                new NewComponent("chain-ingress", "AWS::EC2::SecurityGroupIngress", null, vpc.id(), null, obj("{}")));
        components.updateProperties(cs, vpc.id(), obj("{\"CidrBlock\":\"10.1.0.0/16\"}"));
        ComponentView renamed = components.rename(cs, subnet.id(), "chain-subnet-a");
        connections.connect(cs, group.id(), "Group Id", ingress.id(), "Group Id");

        assertThat(renamed.name()).isEqualTo("chain-subnet-a");
        List<ComponentView> read = components.list(cs);
        assertThat(read).extracting(ComponentView::name).contains("chain-vpc", "chain-subnet-a", "chain-sg");
        assertThat(components.get(cs, vpc.id()).values().get("CidrBlock").asString())
                .isEqualTo("10.1.0.0/16");
        assertThat(components.get(cs, subnet.id())).isEqualTo(renamed);
        assertThat(connections.into(cs, ingress.id()).connections())
                .anySatisfy(c -> assertThat(c.from()).isEqualTo(group.id()));
    }

    @Test
    void aRefusedEditLeavesNothingForTheNext() {
        ChangeSetId cs = changeSets.create("refused").id();
        ComponentView vpc = components.create(
                cs, new NewComponent("refused-vpc", "AWS::EC2::VPC", "down frame", null, null, obj("{}")));
        ComponentView subnet = components.create(
                cs, new NewComponent("refused-subnet", "AWS::EC2::Subnet", null, vpc.id(), null, obj("{}")));

        assertThatThrownBy(() -> components.arrange(
                        cs,
                        List.of(
                                new ComponentService.Placement(subnet.id(), 500, 500, null, null),
                                new ComponentService.Placement(ComponentId.random(), 0, 0, null, null))))
                .isNotNull();
        ComponentView next = components.rename(cs, vpc.id(), "refused-vpc-2");

        assertThat(next.name()).isEqualTo("refused-vpc-2");
        assertThat(components.get(cs, subnet.id()).geometry()).isEqualTo(subnet.geometry());
    }

    @Test
    void whenHeadMovesTheNextEditSeesIt() {
        ChangeSetId mine = changeSets.create("mine while head moves").id();
        ComponentView own = components.create(
                mine, new NewComponent("mine-vpc", "AWS::EC2::VPC", "down frame", null, null, obj("{}")));
        ChangeSetId theirs = changeSets.create("theirs to head").id();
        ComponentView merged = components.create(
                theirs, new NewComponent("theirs-vpc", "AWS::EC2::VPC", "down frame", null, null, obj("{}")));
        changeSets.requestApproval(theirs);
        changeSets.approve(theirs);
        changeSets.applyMerge(theirs);

        components.rename(mine, own.id(), "mine-vpc-2");
        ComponentView seen = components.rename(mine, merged.id(), "theirs-vpc-renamed-here");

        assertThat(seen.name()).isEqualTo("theirs-vpc-renamed-here");
        assertThat(components.list(mine))
                .extracting(ComponentView::name)
                .contains("mine-vpc-2", "theirs-vpc-renamed-here");
    }
}
