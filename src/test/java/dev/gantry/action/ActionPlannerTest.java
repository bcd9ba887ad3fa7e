package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActionPlannerTest {

    private final Map<String, UUID> ids = new HashMap<>();
    private final List<PlanInput.Change> changes = new ArrayList<>();
    private final List<PlanInput.DataFlow> flow = new ArrayList<>();

    @Test
    void aConsumerIsCreatedAfterItsProducerAndEveryCreateIsFollowedByARefresh() {
        change("vpc", ActionKind.CREATE);
        change("subnet", ActionKind.CREATE);
        flows("vpc", "subnet");

        ActionPlan plan = new ActionPlanner().plan(new PlanInput(changes, flow));

        assertThat(plan.actions()).hasSize(4);
        assertThat(action(plan, "subnet", ActionKind.CREATE).dependsOn())
                .containsExactly(action(plan, "vpc", ActionKind.CREATE).id());
        assertThat(action(plan, "vpc", ActionKind.REFRESH).dependsOn())
                .containsExactly(action(plan, "vpc", ActionKind.CREATE).id());
        assertThat(indexOf(plan, "vpc", ActionKind.CREATE)).isLessThan(indexOf(plan, "subnet", ActionKind.CREATE));
    }

    @Test
    void dependenciesAreSeenThroughComponentsWithoutAResource() {
        change("target-group", ActionKind.CREATE);
        change("service", ActionKind.CREATE);
        UUID loadBalancersEntry = id("service LoadBalancers entry");
        flow.add(new PlanInput.DataFlow(id("target-group"), loadBalancersEntry));
        flow.add(new PlanInput.DataFlow(loadBalancersEntry, id("service")));

        ActionPlan plan = new ActionPlanner().plan(new PlanInput(changes, flow));

        assertThat(action(plan, "service", ActionKind.CREATE).dependsOn())
                .containsExactly(action(plan, "target-group", ActionKind.CREATE).id());
    }

    @Test
    void deletesRunInReverseDataFlowOrder() {
        change("vpc", ActionKind.DELETE);
        change("subnet", ActionKind.DELETE);
        change("nat", ActionKind.DELETE);
        flows("vpc", "subnet");
        flows("subnet", "nat");

        ActionPlan plan = new ActionPlanner().plan(new PlanInput(changes, flow));

        assertThat(plan.actions()).extracting(PlannedAction::componentName).containsExactly("nat", "subnet", "vpc");
        assertThat(plan.criticalPath())
                .extracting(PlannedAction::componentName)
                .containsExactly("nat", "subnet", "vpc");
    }

    @Test
    void independentActionsHaveNoDependenciesSoTheyCanRunInParallel() {
        change("repository", ActionKind.CREATE);
        change("cluster", ActionKind.CREATE);

        ActionPlan plan = new ActionPlanner().plan(new PlanInput(changes, flow));

        assertThat(action(plan, "repository", ActionKind.CREATE).dependsOn()).isEmpty();
        assertThat(action(plan, "cluster", ActionKind.CREATE).dependsOn()).isEmpty();
        assertThat(plan.criticalPath()).hasSize(2); // a create and its refresh
    }

    @Test
    void theCriticalPathIsTheLongestChain() {
        change("vpc", ActionKind.CREATE);
        change("subnet", ActionKind.CREATE);
        change("alb", ActionKind.CREATE);
        change("repository", ActionKind.CREATE);
        flows("vpc", "subnet");
        flows("subnet", "alb");

        ActionPlan plan = new ActionPlanner().plan(new PlanInput(changes, flow));

        assertThat(plan.criticalPath())
                .extracting(PlannedAction::componentName, PlannedAction::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("vpc", ActionKind.CREATE),
                        org.assertj.core.groups.Tuple.tuple("subnet", ActionKind.CREATE),
                        org.assertj.core.groups.Tuple.tuple("alb", ActionKind.CREATE),
                        org.assertj.core.groups.Tuple.tuple("alb", ActionKind.REFRESH));
    }

    @Test
    void anUpdateWaitsForAReplacedProducerAndAnEraseWaitsForNothing() {
        change("subnet", ActionKind.REPLACE);
        change("nat", ActionKind.UPDATE);
        change("old-bucket", ActionKind.ERASE);
        flows("subnet", "nat");

        ActionPlan plan = new ActionPlanner().plan(new PlanInput(changes, flow));

        assertThat(action(plan, "nat", ActionKind.UPDATE).dependsOn())
                .containsExactly(action(plan, "subnet", ActionKind.REPLACE).id());
        assertThat(action(plan, "old-bucket", ActionKind.ERASE).dependsOn()).isEmpty();
    }

    @Test
    void aRouteThroughAnInternetGatewayWaitsForTheGatewaysAttachment() {
        changes.add(new PlanInput.Change(id("igw"), "igw", "AWS::EC2::InternetGateway", ActionKind.CREATE));
        changes.add(new PlanInput.Change(
                id("attachment"), "attachment", "AWS::EC2::VPCGatewayAttachment", ActionKind.CREATE));
        changes.add(new PlanInput.Change(id("route"), "route", "AWS::EC2::Route", ActionKind.CREATE));
        flows("igw", "attachment");
        flows("igw", "route");

        ActionPlan plan = new ActionPlanner().plan(new PlanInput(changes, flow));

        assertThat(action(plan, "route", ActionKind.CREATE).dependsOn())
                .containsExactlyInAnyOrder(
                        action(plan, "igw", ActionKind.CREATE).id(),
                        action(plan, "attachment", ActionKind.CREATE).id());
    }

    @Test
    void existingConsumersOfAReplacedResourceAreUpdatedAfterTheReplacement() {
        change("subnet", ActionKind.REPLACE);
        UUID natEntry = id("route table association, no resource");
        flows("subnet", "nat");
        flow.add(new PlanInput.DataFlow(id("subnet"), natEntry));
        flow.add(new PlanInput.DataFlow(natEntry, id("association")));
        flows("nat", "route");
        List<PlanInput.Resource> existing = List.of(
                new PlanInput.Resource(id("nat"), "nat", "AWS::EC2::NatGateway"),
                new PlanInput.Resource(id("association"), "association", "AWS::EC2::SubnetRouteTableAssociation"),
                new PlanInput.Resource(id("route"), "route", "AWS::EC2::Route"));

        ActionPlan plan = new ActionPlanner().plan(new PlanInput(changes, flow, existing));

        UUID replacement = action(plan, "subnet", ActionKind.REPLACE).id();
        assertThat(action(plan, "nat", ActionKind.UPDATE).dependsOn()).containsExactly(replacement);
        assertThat(action(plan, "association", ActionKind.UPDATE).dependsOn()).containsExactly(replacement);
        assertThat(plan.actions()).extracting(PlannedAction::componentName).doesNotContain("route");
    }

    @Test
    void aCycleInTheDataFlowIsRefusedWithAClearMessage() {
        change("a", ActionKind.CREATE);
        change("b", ActionKind.CREATE);
        flows("a", "b");
        flows("b", "a");

        assertThatThrownBy(() -> new ActionPlanner().plan(new PlanInput(changes, flow)))
                .hasMessageContaining("cycle");
    }

    private UUID id(String name) {
        return ids.computeIfAbsent(name, n -> UUID.nameUUIDFromBytes(n.getBytes()));
    }

    private void change(String name, ActionKind kind) {
        changes.add(new PlanInput.Change(id(name), name, "AWS::Test::" + name, kind));
    }

    private void flows(String producer, String consumer) {
        flow.add(new PlanInput.DataFlow(id(producer), id(consumer)));
    }

    private static PlannedAction action(ActionPlan plan, String component, ActionKind kind) {
        return plan.actions().stream()
                .filter(a -> a.componentName().equals(component) && a.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static int indexOf(ActionPlan plan, String component, ActionKind kind) {
        return plan.actions().indexOf(action(plan, component, kind));
    }
}
