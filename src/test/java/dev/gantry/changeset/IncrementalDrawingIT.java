package dev.gantry.changeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.model.ComponentId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor draws each new version of a change set from the drawing of the one before, resolving only what the
 * edit reached. Whatever the edit, that drawing must be the one a fresh read draws: the same views (values, where
 * each came from), connections (and why each exists) and qualifications. Every kind of edit runs here in a row,
 * each drawn from the last incremental drawing, so that an error would also show in the edits after it.
 */
@GantryIntegrationTest
@AsOwner
class IncrementalDrawingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    ConnectionService connections;

    private ChangeSetId cs;
    private Drawing drawn;

    @Test
    void everyKindOfEditDrawsWhatAFreshReadDraws() {
        cs = changeSets.create("incremental drawing").id();
        ComponentId vpc = add("vpc", "AWS::EC2::VPC", "down frame", null);
        ComponentId subnetA = add("subnet-a", "AWS::EC2::Subnet", null, vpc);
        ComponentId subnetB = add("subnet-b", "AWS::EC2::Subnet", null, vpc);
        ComponentId group = add("web-sg", "AWS::EC2::SecurityGroup", null, vpc);
        ComponentId ingress = add("web-ingress", "AWS::EC2::SecurityGroupIngress", null, vpc);
        ComponentId role = add("task-role", "AWS::IAM::Role", "up frame", vpc);
        ComponentId statement = add("assume-role", "AWS::IAM::PolicyStatement", null, role);
        ComponentId region = add("region", "Region", null, null);
        connections.connect(cs, region, "Region", vpc, "Region");
        drawn = components.drawing(cs);

        step(
                "a property that flows down the frame",
                () -> components.updateProperties(
                        cs, vpc, obj("{\"CidrBlock\":\"10.0.0.0/16\",\"EnableDnsSupport\":true}")));
        step(
                "a value that an edge carries out of its frame",
                () -> components.updateProperties(cs, region, obj("{\"Region\":\"eu-west-1\"}")));
        step(
                "a property that an up frame collects",
                () -> components.updateProperties(
                        cs, statement, obj("{\"Effect\":\"Allow\",\"Action\":[\"sts:AssumeRole\"]}")));
        step("a leaf renamed", () -> components.rename(cs, subnetA, "subnet-a-renamed"));
        step("a frame renamed: its content's connections say its name", () -> components.rename(cs, vpc, "vpc-2"));
        step("an edge drawn", () -> connections.connect(cs, group, "Group Id", ingress, "Group Id"));
        step(
                "a second edge into an input that takes one",
                () -> connections.connect(cs, group, "Group Id", ingress, "Source Security Group Id"));
        step(
                "an edge removed",
                () -> connections.disconnect(cs, group, "Group Id", ingress, "Source Security Group Id"));
        step("moved", () -> components.move(cs, subnetB, 40, 60));
        step("into the up frame", () -> components.reparent(cs, subnetB, role));
        step("out of every frame", () -> components.reparent(cs, subnetB, null));
        step("a down frame made a component", () -> components.changeType(cs, vpc, "component"));
        step("and a down frame again", () -> components.changeType(cs, vpc, "down frame"));
        step("the up frame made a down frame", () -> components.changeType(cs, role, "down frame"));
        step("a source deleted", () -> components.delete(cs, group));
        step("a component added into the frame", () -> add("subnet-c", "AWS::EC2::Subnet", null, vpc));
        step("an undo", () -> components.undo(cs));
        step("nothing", () -> null);
    }

    @Test
    void aRenamedLeafIsAllThatIsResolvedAgain() {
        cs = changeSets.create("incremental reuse").id();
        ComponentId vpc = add("vpc", "AWS::EC2::VPC", "down frame", null);
        List<ComponentId> subnets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            subnets.add(add("subnet-" + i, "AWS::EC2::Subnet", null, vpc));
        }
        drawn = components.drawing(cs);
        Drawing before = drawn;

        step("a leaf renamed", () -> components.rename(cs, subnets.getFirst(), "subnet-renamed"));

        for (int i = 0; i < before.components().size(); i++) {
            ComponentView earlier = before.components().get(i);
            ComponentView now = drawn.components().get(i);
            if (earlier.id().equals(subnets.getFirst())) {
                assertThat(now.name()).isEqualTo("subnet-renamed");
            } else {
                assertThat(now)
                        .as("%s, which the rename does not reach", earlier.name())
                        .isSameAs(earlier);
            }
        }
    }

    /** Runs the edit, then draws from the last drawing and checks that against a fresh read. */
    private void step(String edit, Supplier<?> editing) {
        editing.get();
        Drawing next = components.drawing(cs, drawn);
        Drawing fresh = components.drawing(cs);
        assertThat(next.components()).as("views after: %s", edit).isEqualTo(fresh.components());
        assertThat(next.connections()).as("connections after: %s", edit).isEqualTo(fresh.connections());
        assertThat(next.qualifications()).as("qualifications after: %s", edit).isEqualTo(fresh.qualifications());
        assertThat(next.fedBy).as("where values flow next, after: %s", edit).isEqualTo(fresh.fedBy);
        drawn = next;
    }

    private ComponentId add(String name, String asset, String type, ComponentId parent) {
        return components
                .create(cs, new NewComponent(name, asset, type, parent, null, obj("{}")))
                .id();
    }

    private static ObjectNode obj(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
