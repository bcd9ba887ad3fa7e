package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelDiffTest {

    private final Diagram head = new Diagram();

    private Model fork() {
        return Model.of(
                Diagram.CATALOG,
                new CatalogRuleChecker(),
                SecretSealer.PLAINTEXT,
                head.model.components(),
                head.model.edges());
    }

    @Test
    void aNewComponentWithAResourceTypeQueuesACreateAndASubAssetQueuesNothing() {
        Model cs = fork();
        Component vpc = cs.add(
                "vpc",
                "AWS::EC2::VPC",
                ComponentType.COMPONENT,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"CidrBlock\":\"10.0.0.0/16\"}"));
        Component pm = cs.add(
                "http", "ContainerDefinitions PortMappings", ComponentType.COMPONENT, null, Geometry.DEFAULT, null);

        ModelDiff.Result diff = ModelDiff.between(head.model, cs, List.of(vpc.id(), pm.id()), Map.of());

        assertThat(diff.components()).extracting(ComponentDiff::change).containsOnly(ComponentDiff.Change.ADDED);
        assertThat(diff.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(ResourceChange.Kind.CREATE));
    }

    @Test
    void aChangedPropertyUpdatesAndACreateOnlyPropertyReplacesAnExistingResource() {
        ComponentId vpc =
                head.add("vpc", "AWS::EC2::VPC", ComponentType.COMPONENT, null, "{\"CidrBlock\":\"10.0.0.0/16\"}");
        head.resource(vpc, "{\"VpcId\":\"vpc-1\"}");

        Model update = fork();
        update.updateProperties(vpc, Diagram.obj("{\"EnableDnsSupport\":true}"));
        Model replace = fork();
        replace.updateProperties(vpc, Diagram.obj("{\"CidrBlock\":\"10.1.0.0/16\"}"));

        assertThat(ModelDiff.between(head.model, update, Set.of(vpc), Map.of()).actions())
                .extracting(ResourceChange::kind)
                .containsExactly(ResourceChange.Kind.UPDATE);
        ModelDiff.Result replaced = ModelDiff.between(head.model, replace, Set.of(vpc), Map.of());
        assertThat(replaced.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ResourceChange.Kind.REPLACE);
            assertThat(a.changedProperties()).containsExactly("CidrBlock");
            assertThat(a.identifier()).isEqualTo("id-" + vpc);
        });
        assertThat(replaced.components().getFirst().properties())
                .singleElement()
                .satisfies(p -> assertThat(p.after().asString()).isEqualTo("10.1.0.0/16"));
    }

    @Test
    void deletingAComponentWithAResourceQueuesADeleteButErasingQueuesNothing() {
        ComponentId a = head.add("a", "AWS::EC2::VPC", null);
        ComponentId b = head.add("b", "AWS::EC2::VPC", null);
        head.resource(a, "{\"VpcId\":\"vpc-a\"}");
        head.resource(b, "{\"VpcId\":\"vpc-b\"}");
        Model cs = fork();
        cs.delete(a);
        cs.erase(b);
        ModelChanges changes = cs.drainChanges();

        ModelDiff.Result diff = ModelDiff.between(head.model, cs, changes.componentIds(), changes.removed());

        assertThat(diff.actions()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(ResourceChange.Kind.DELETE);
            assertThat(x.componentId()).isEqualTo(a);
        });
        assertThat(diff.components())
                .extracting(ComponentDiff::change)
                .containsExactlyInAnyOrder(ComponentDiff.Change.DELETED, ComponentDiff.Change.ERASED);
    }

    @Test
    void aChangedSubAssetShowsAsAnUpdateOfTheResourceThatEmbedsIt() {
        ComponentId taskdef = head.add("taskdef", "AWS::ECS::TaskDefinition", ComponentType.UP_FRAME, null, "{}");
        ComponentId container = head.add("c", "TaskDefinition ContainerDefinitions", taskdef);
        head.resource(taskdef, "{\"TaskDefinitionArn\":\"arn:td\"}");
        Model cs = fork();
        cs.updateProperties(container, Diagram.obj("{\"Name\":\"web\"}"));

        ModelDiff.Result diff = ModelDiff.between(head.model, cs, Set.of(container), Map.of());

        assertThat(diff.actions()).singleElement().satisfies(a -> {
            assertThat(a.componentId()).isEqualTo(taskdef);
            assertThat(a.kind()).isEqualTo(ResourceChange.Kind.UPDATE);
        });
    }

    @Test
    void aDownFrameFeedsWhatIsInsideAnUpFrameWithinItSoItsChangeReachesThatToo() {
        ComponentId role = head.add("role", "AWS::IAM::Role", ComponentType.DOWN_FRAME, null, "{\"RoleName\":\"app\"}");
        ComponentId cluster = head.add("cluster", "AWS::ECS::Cluster", ComponentType.UP_FRAME, role, "{}");
        ComponentId policy = head.add("policy", "AWS::IAM::RolePolicy", cluster);
        head.resource(policy, "{}");

        Model renamed = fork();
        renamed.updateProperties(role, Diagram.obj("{\"RoleName\":\"app-2\"}"));

        assertThat(renamed.resolve(policy).domain().get("RoleName").asString())
                .as("the role's name two frames up, through the up frame")
                .isEqualTo("app-2");
        assertThat(renamed.downstream(List.of(role))).contains(cluster, policy);
        assertThat(ModelDiff.between(head.model, renamed, List.of(role), Map.of())
                        .actions())
                .extracting(ResourceChange::componentId)
                .contains(policy);
    }
}
