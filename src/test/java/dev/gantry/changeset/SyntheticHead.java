package dev.gantry.changeset;

import dev.gantry.model.CatalogRuleChecker;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Edge;
import dev.gantry.model.Geometry;
import dev.gantry.model.Model;
import dev.gantry.model.SecretSealer;
import dev.gantry.model.TestAssets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A synthetic diagram for the benchmark, in groups of 100: a VPC frame, a role feeding 10 role policies through
 * explicit edges, 8 subnet frames of 10 security groups each.
 */
record SyntheticHead(List<Component> components, List<Edge> edges, List<ComponentId> roles, List<ComponentId> groups) {

    static final TestAssets CATALOG = new TestAssets();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static SyntheticHead of(int size) {
        List<Component> cs = new ArrayList<>();
        List<Edge> es = new ArrayList<>();
        List<ComponentId> roles = new ArrayList<>();
        List<ComponentId> groups = new ArrayList<>();
        for (int g = 0; g < size / 100; g++) {
            Component vpc = add(
                    cs, "vpc-" + g, "AWS::EC2::VPC", ComponentType.DOWN_FRAME, null, "{\"CidrBlock\":\"10.0.0.0/16\"}");
            Component role = add(
                    cs,
                    "role-" + g,
                    "AWS::IAM::Role",
                    ComponentType.COMPONENT,
                    vpc.id(),
                    "{\"RoleName\":\"role-" + g + "\"}");
            roles.add(role.id());
            for (int p = 0; p < 10; p++) {
                Component policy = add(
                        cs, "policy-" + g + "-" + p, "AWS::IAM::RolePolicy", ComponentType.COMPONENT, vpc.id(), "{}");
                es.add(new Edge(role.id(), "RoleName", policy.id(), "RoleName"));
            }
            for (int s = 0; s < 8; s++) {
                Component subnet =
                        add(cs, "subnet-" + g + "-" + s, "AWS::EC2::Subnet", ComponentType.DOWN_FRAME, vpc.id(), "{}");
                for (int k = 0; k < 10; k++) {
                    groups.add(add(
                                    cs,
                                    "sg-" + g + "-" + s + "-" + k,
                                    "AWS::EC2::SecurityGroup",
                                    ComponentType.COMPONENT,
                                    subnet.id(),
                                    "{\"GroupDescription\":\"x\"}")
                            .id());
                }
            }
        }
        return new SyntheticHead(cs, es, roles, groups);
    }

    Model model() {
        return Model.of(CATALOG, new CatalogRuleChecker(), SecretSealer.PLAINTEXT, components, edges);
    }

    /** The 10 policies the role of group {@code g} feeds. */
    List<ComponentId> policiesOf(ComponentId role) {
        return edges.stream().filter(e -> e.from().equals(role)).map(Edge::to).toList();
    }

    /**
     * Replaces HEAD by this diagram, as apply-merge would leave it, and advances {@code head_version} like every
     * HEAD change must.
     */
    void storeAsHead(JdbcClient jdbc, UUID workspace) {
        jdbc.sql("DELETE FROM head_edge").update();
        jdbc.sql("DELETE FROM head_component").update();
        for (Component c : components) {
            jdbc.sql("INSERT INTO head_component (component_id, workspace_id, data, version) "
                            + "VALUES (?, ?, CAST(? AS jsonb), 1)")
                    .params(c.id().value(), workspace, ComponentCodec.write(ComponentCodec.data(c)))
                    .update();
        }
        for (Edge e : edges) {
            jdbc.sql("INSERT INTO head_edge (workspace_id, from_component, output_socket, to_component, "
                            + "input_socket, version) VALUES (?, ?, ?, ?, ?, 1)")
                    .params(workspace, e.from().value(), e.output(), e.to().value(), e.input())
                    .update();
        }
        jdbc.sql("UPDATE workspace SET head_version = head_version + 1 WHERE id = ?")
                .param(workspace)
                .update();
    }

    /** Stores these components as a change set's own (new) rows. */
    void storeAsOverlay(JdbcClient jdbc, ChangeSetId changeSet) {
        for (Component c : components) {
            jdbc.sql("INSERT INTO change_set_component (change_set_id, component_id, data) "
                            + "VALUES (?, ?, CAST(? AS jsonb))")
                    .params(changeSet.value(), c.id().value(), ComponentCodec.write(ComponentCodec.data(c)))
                    .update();
        }
        // Gantry keeps a change set's rows per content version, which its own writes move: so must this one.
        jdbc.sql("UPDATE change_set SET content_version = content_version + 1 WHERE id = ?")
                .param(changeSet.value())
                .update();
    }

    private static Component add(
            List<Component> cs, String name, String asset, ComponentType type, ComponentId parent, String domain) {
        Component c = new Component(
                ComponentId.random(),
                name,
                asset,
                type,
                parent,
                Geometry.DEFAULT,
                (ObjectNode) JSON.readTree(domain),
                null,
                null);
        cs.add(c);
        return c;
    }
}
