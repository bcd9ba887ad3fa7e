package dev.gantry.changeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.model.ComponentDiff;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceChange;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@GantryIntegrationTest
@AsOwner
class ChangeSetServiceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    ConnectionService connections;

    @Autowired
    ResourceService resources;

    @Autowired
    JdbcClient jdbc;

    private static ObjectNode obj(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    /** Builds a VPC on HEAD by applying a change set, the way a user would. */
    private ComponentId vpcOnHead(String cidr) {
        ChangeSetView cs = changeSets.create("vpc");
        ComponentView vpc = components.create(
                cs.id(),
                new NewComponent(
                        "vpc", "AWS::EC2::VPC", "down frame", null, null, obj("{\"CidrBlock\":\"" + cidr + "\"}")));
        apply(cs.id());
        return vpc.id();
    }

    private MergeResult apply(ChangeSetId id) {
        changeSets.requestApproval(id);
        changeSets.approve(id);
        return changeSets.applyMerge(id);
    }

    @Test
    void anEditOnHeadLandsInANewChangeSetAndHeadIsUntouchedUntilApply() {
        ComponentView created = components.create(
                ChangeSetId.HEAD, new NewComponent("repo", "AWS::ECR::Repository", null, null, null, obj("{}")));

        assertThat(created.changeSetId().isHead()).isFalse();
        assertThat(changeSets.get(created.changeSetId()).status()).isEqualTo(ChangeSetStatus.OPEN);
        assertThat(components.list(ChangeSetId.HEAD)).noneMatch(c -> c.id().equals(created.id()));
        assertThat(changeSets.diff(created.changeSetId()).actions())
                .extracting(ResourceChange::kind)
                .containsExactly(ResourceChange.Kind.CREATE);
    }

    @Test
    void forkingStoresNoComponentRowsAndShowsHeadThroughTheOverlay() {
        ComponentId vpc = vpcOnHead("10.0.0.0/16");
        ChangeSetView fork = changeSets.create("fork");

        long rows = jdbc.sql("SELECT count(*) FROM change_set_component WHERE change_set_id = ?")
                .param(fork.id().value())
                .query(Long.class)
                .single();
        assertThat(rows).isZero();
        assertThat(components.get(fork.id(), vpc).values().get("CidrBlock").asString())
                .isEqualTo("10.0.0.0/16");
    }

    @Test
    void anApprovalIsInvalidatedByALaterEdit() {
        ChangeSetView cs = changeSets.create("approval");
        ComponentView vpc = components.create(
                cs.id(),
                new NewComponent("vpc", "AWS::EC2::VPC", null, null, null, obj("{\"CidrBlock\":\"10.0.0.0/16\"}")));
        changeSets.requestApproval(cs.id());
        changeSets.approve(cs.id());

        components.rename(cs.id(), vpc.id(), "renamed");

        assertThat(changeSets.get(cs.id()).status()).isEqualTo(ChangeSetStatus.OPEN);
        assertThatThrownBy(() -> changeSets.applyMerge(cs.id()))
                .isInstanceOf(IllegalChangeSetStateException.class)
                .hasMessageContaining("approved");
    }

    @Test
    void aChangeSetThatRunsNoCloudActionNeedsNoApprovalButOneThatDoesIsRefused() {
        ChangeSetView frame = changeSets.create("region frame");
        ComponentView region = components.create(
                frame.id(),
                new NewComponent("us-east-1", "Region", "down frame", null, null, obj("{\"Region\":\"us-east-1\"}")));
        changeSets.applyMerge(frame.id()); // a Region has no cloud resource: nothing to approve
        ChangeSetView rename = changeSets.create("rename");
        components.rename(rename.id(), region.id(), "virginia");
        ChangeSetView vpc = changeSets.create("vpc");
        components.create(
                vpc.id(),
                new NewComponent("vpc", "AWS::EC2::VPC", null, null, null, obj("{\"CidrBlock\":\"10.0.0.0/16\"}")));

        changeSets.applyMerge(rename.id());

        assertThat(components.get(ChangeSetId.HEAD, region.id()).name()).isEqualTo("virginia");
        assertThatThrownBy(() -> changeSets.applyMerge(vpc.id()))
                .isInstanceOf(IllegalChangeSetStateException.class)
                .hasMessageContaining("approved");
    }

    @Test
    void anAbandonedChangeSetIsFinal() {
        ChangeSetView cs = changeSets.create("abandon");
        changeSets.abandon(cs.id());

        assertThatThrownBy(() -> components.create(
                        cs.id(), new NewComponent("x", "AWS::ECR::Repository", null, null, null, null)))
                .isInstanceOf(IllegalChangeSetStateException.class);
        assertThatThrownBy(() -> changeSets.requestApproval(cs.id()))
                .isInstanceOf(IllegalChangeSetStateException.class);
        assertThat(changeSets.audit(cs.id())).extracting(AuditEntryView::action).contains("abandon");
    }

    @Test
    void anotherOpenChangeSetSeesHeadsNewStateAfterApply() {
        ComponentId vpc = vpcOnHead("10.0.0.0/16");
        ChangeSetView mine = changeSets.create("mine");
        ChangeSetView theirs = changeSets.create("theirs");
        components.updateProperties(mine.id(), vpc, obj("{\"EnableDnsSupport\":true}"));
        components.updateProperties(theirs.id(), vpc, obj("{\"EnableDnsHostnames\":true}"));

        MergeResult merged = apply(theirs.id());

        assertThat(merged.rebased()).contains(mine.id());
        assertThat(merged.actions()).extracting(ResourceChange::kind).containsExactly(ResourceChange.Kind.CREATE);
        ObjectNode values = components.get(mine.id(), vpc).values();
        assertThat(values.get("EnableDnsHostnames").asBoolean()).isTrue();
        assertThat(values.get("EnableDnsSupport").asBoolean()).isTrue();
        assertThat(changeSets.diff(mine.id()).conflicts()).isEmpty();
        apply(mine.id());
        assertThat(components.get(ChangeSetId.HEAD, vpc).values().toString())
                .contains("EnableDnsHostnames")
                .contains("EnableDnsSupport");
    }

    @Test
    void theSamePropertyChangedOnHeadAndInAChangeSetIsAConflictNeverSilentlyOverwritten() {
        ComponentId vpc = vpcOnHead("10.0.0.0/16");
        ChangeSetView mine = changeSets.create("mine");
        ChangeSetView theirs = changeSets.create("theirs");
        components.updateProperties(mine.id(), vpc, obj("{\"CidrBlock\":\"10.1.0.0/16\"}"));
        components.updateProperties(theirs.id(), vpc, obj("{\"CidrBlock\":\"10.2.0.0/16\"}"));
        apply(theirs.id());
        changeSets.requestApproval(mine.id());
        changeSets.approve(mine.id());

        assertThatThrownBy(() -> changeSets.applyMerge(mine.id()))
                .isInstanceOf(MergeConflictException.class)
                .hasMessageContaining("domain.CidrBlock");
        assertThat(changeSets.diff(mine.id()).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.head().asString()).isEqualTo("10.2.0.0/16");
            assertThat(c.mine().asString()).isEqualTo("10.1.0.0/16");
        });

        changeSets.resolveConflict(mine.id(), vpc, "domain.CidrBlock", Conflict.Resolution.KEEP_MINE);
        MergeResult merged = apply(mine.id());
        assertThat(components
                        .get(ChangeSetId.HEAD, vpc)
                        .values()
                        .get("CidrBlock")
                        .asString())
                .isEqualTo("10.1.0.0/16");
        assertThat(merged.actions()).isNotEmpty();
    }

    @Test
    void resourceDataRecordedOnHeadFlowsIntoOpenChangeSets() {
        ComponentId vpc = vpcOnHead("10.0.0.0/16");
        ChangeSetView cs = changeSets.create("subnets");
        ComponentView subnet =
                components.create(cs.id(), new NewComponent("Public 1", "AWS::EC2::Subnet", null, vpc, null, null));

        resources.recordResource(
                vpc, new ResourceData("vpc-123", ResourceStatus.OK, null, obj("{}"), obj("{\"VpcId\":\"vpc-123\"}")));

        assertThat(components.get(cs.id(), subnet.id()).values().get("VpcId").asString())
                .isEqualTo("vpc-123");
        assertThat(changeSets.audit(ChangeSetId.HEAD))
                .extracting(AuditEntryView::action)
                .contains("record resource");
    }

    @Test
    void deletingAnAppliedComponentWithAResourceQueuesADelete() {
        ComponentId vpc = vpcOnHead("10.0.0.0/16");
        resources.recordResource(
                vpc, new ResourceData("vpc-9", ResourceStatus.OK, null, obj("{}"), obj("{\"VpcId\":\"vpc-9\"}")));
        ChangeSetView cs = changeSets.create("cleanup");

        components.delete(cs.id(), vpc);

        DiffView diff = changeSets.diff(cs.id());
        assertThat(diff.components()).extracting(ComponentDiff::change).containsExactly(ComponentDiff.Change.DELETED);
        assertThat(diff.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.identifier()).isEqualTo("vpc-9"));
    }

    @Test
    void twoThreadsEditingTheSameChangeSetLoseNothing() throws Exception {
        ChangeSetView cs = changeSets.create("concurrent");
        ComponentView vpc =
                components.create(cs.id(), new NewComponent("vpc", "AWS::EC2::VPC", "down frame", null, null, null));
        // two users' requests: each thread acts as the signed-in owner, as a request thread would
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2));
        List<Callable<Object>> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            jobs.add(() -> components.create(
                    cs.id(), new NewComponent("subnet-" + n, "AWS::EC2::Subnet", null, vpc.id(), null, null)));
            jobs.add(() -> components.updateProperties(
                    cs.id(),
                    vpc.id(),
                    obj(n % 2 == 0 ? "{\"EnableDnsSupport\":true}" : "{\"EnableDnsHostnames\":true}")));
        }
        for (Future<Object> f : pool.invokeAll(jobs)) {
            f.get();
        }
        pool.shutdown();

        assertThat(components.list(cs.id()))
                .filteredOn(c -> vpc.id().equals(c.parent()))
                .extracting(ComponentView::name)
                .hasSize(10);
        assertThat(components.get(cs.id(), vpc.id()).manual().toString())
                .contains("EnableDnsSupport")
                .contains("EnableDnsHostnames");
        // The vpc, 10 subnets and the first setting of each flag; setting a flag again changes nothing, stores nothing
        assertThat(changeSets.get(cs.id()).contentVersion()).isEqualTo(13);
    }
}
