package dev.gantry.changeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HEAD is served from a snapshot cache shared by every request: a caller that changes a JSON node it was handed
 * must not change HEAD for the next caller.
 */
@GantryIntegrationTest
@AsOwner
class HeadImmutabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    ResourceService resources;

    @Test
    void changingWhatHeadHandsOutLeavesHeadUnchanged() {
        ChangeSetId cs = changeSets.create("immutable").id();
        ComponentId vpc = components
                .create(
                        cs,
                        new NewComponent(
                                "immutable vpc",
                                "AWS::EC2::VPC",
                                "down frame",
                                null,
                                null,
                                obj("{\"CidrBlock\":\"10.7.0.0/16\"}")))
                .id();
        changeSets.requestApproval(cs);
        changeSets.approve(cs);
        changeSets.applyMerge(cs);
        resources.recordResource(
                vpc,
                new ResourceData(
                        "vpc-0imm",
                        ResourceStatus.OK,
                        null,
                        obj("{\"VpcId\":\"vpc-0imm\"}"),
                        obj("{\"VpcId\":\"vpc-0imm\"}")));
        ComponentView before = components.get(ChangeSetId.HEAD, vpc);

        ComponentView handedOut = components.get(ChangeSetId.HEAD, vpc);
        handedOut.manual().put("CidrBlock", "0.0.0.0/0");
        handedOut.values().put("CidrBlock", "0.0.0.0/0");
        handedOut.resource().attributes().put("VpcId", "vpc-tampered");
        handedOut.resource().payload().removeAll();
        resources.desiredResource(vpc).desiredState().put("CidrBlock", "0.0.0.0/0");

        ComponentView after = components.get(ChangeSetId.HEAD, vpc);
        assertThat(after.manual()).isEqualTo(before.manual());
        assertThat(after.values().get("CidrBlock").asString()).isEqualTo("10.7.0.0/16");
        assertThat(after.resource().attributes().get("VpcId").asString()).isEqualTo("vpc-0imm");
        assertThat(after.resource().payload()).isEqualTo(before.resource().payload());
        assertThat(resources
                        .desiredResource(vpc)
                        .desiredState()
                        .get("CidrBlock")
                        .asString())
                .isEqualTo("10.7.0.0/16");
    }

    private static ObjectNode obj(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
