package dev.gantry.changeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HEAD is served from memory between changes; these check what a user would notice if that went wrong: a
 * value going back in time, an edit or an apply lost, HEAD showing something that was rolled back.
 */
@GantryIntegrationTest
@AsOwner
class HeadSnapshotsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    ResourceService resources;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private static ObjectNode obj(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    private ComponentId vpcOnHead(String name, String cidr) {
        ChangeSetView cs = changeSets.create(name);
        ComponentView vpc = components.create(
                cs.id(),
                new NewComponent(
                        name, "AWS::EC2::VPC", "down frame", null, null, obj("{\"CidrBlock\":\"" + cidr + "\"}")));
        apply(cs.id());
        return vpc.id();
    }

    private MergeResult apply(ChangeSetId id) {
        changeSets.requestApproval(id);
        changeSets.approve(id);
        return changeSets.applyMerge(id);
    }

    private String headCidr(ComponentId vpc) {
        return components.get(ChangeSetId.HEAD, vpc).values().get("CidrBlock").asString();
    }

    @Test
    void applyMergesRacingEditsAndReadsLoseNothingAndHeadNeverGoesBack() throws Exception {
        ComponentId vpc = vpcOnHead("raced", "10.0.0.0/16");
        ChangeSetId theirs = changeSets.create("edited meanwhile").id();
        int applies = 6;
        AtomicBoolean applying = new AtomicBoolean(true);
        AtomicInteger subnets = new AtomicInteger();
        // the workers act as the signed-in owner, as the test thread does
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(3));
        List<Callable<Object>> jobs = new ArrayList<>();
        jobs.add(() -> {
            try {
                for (int i = 1; i <= applies; i++) {
                    ChangeSetId cs = changeSets.create("apply " + i).id();
                    components.updateProperties(cs, vpc, obj("{\"CidrBlock\":\"10." + i + ".0.0/16\"}"));
                    apply(cs);
                }
            } finally {
                applying.set(false); // a failed apply must end the race, not leave the other jobs looping
            }
            return null;
        });
        jobs.add(() -> {
            for (int i = 0; applying.get() || i < 4; i++) {
                components.updateProperties(theirs, vpc, obj("{\"EnableDnsHostnames\":" + (i % 2 == 0) + "}"));
                components.create(theirs, new NewComponent("subnet-" + i, "AWS::EC2::Subnet", null, vpc, null, null));
                subnets.incrementAndGet();
            }
            return null;
        });
        jobs.add(() -> {
            int seen = 0;
            while (applying.get()) {
                int now = Integer.parseInt(headCidr(vpc).split("\\.")[1]);
                assertThat(now).as("HEAD went back in time").isGreaterThanOrEqualTo(seen);
                seen = now;
            }
            return null;
        });
        for (Future<Object> f : pool.invokeAll(jobs)) {
            f.get();
        }
        pool.shutdown();

        String last = "10." + applies + ".0.0/16";
        assertThat(headCidr(vpc)).isEqualTo(last);
        ObjectNode mine = components.get(theirs, vpc).values();
        assertThat(mine.get("CidrBlock").asString())
                .as("rebased onto every apply")
                .isEqualTo(last);
        assertThat(mine.has("EnableDnsHostnames")).isTrue();
        assertThat(components.list(theirs))
                .as("the subnets this test added to its VPC (HEAD holds other tests' subnets too)")
                .filteredOn(c -> vpc.equals(c.parent()) && c.name().startsWith("subnet-"))
                .hasSize(subnets.get());
        DiffView diff = changeSets.diff(theirs);
        assertThat(diff.conflicts()).isEmpty();
        assertThat(diff.headVersion())
                .isEqualTo(jdbc.sql("SELECT head_version FROM workspace")
                        .query(Long.class)
                        .single());
    }

    @Test
    void anApplyRolledBackIsNeverSeenOnHead() {
        ComponentId vpc = vpcOnHead("rolled back", "10.20.0.0/16");
        ChangeSetId cs = changeSets.create("rolled back").id();
        components.updateProperties(cs, vpc, obj("{\"CidrBlock\":\"10.21.0.0/16\"}"));
        changeSets.requestApproval(cs);
        changeSets.approve(cs);

        String insideTheTransaction = transaction.execute(status -> {
            changeSets.applyMerge(cs);
            String seen = headCidr(vpc);
            status.setRollbackOnly();
            return seen;
        });

        assertThat(insideTheTransaction).isEqualTo("10.21.0.0/16");
        assertThat(headCidr(vpc)).isEqualTo("10.20.0.0/16");
        assertThat(changeSets.get(cs).status()).isEqualTo(ChangeSetStatus.APPROVED);

        ChangeSetId next = changeSets.create("applied for real").id(); // takes the version the rollback gave back
        components.updateProperties(next, vpc, obj("{\"CidrBlock\":\"10.22.0.0/16\"}"));
        apply(next);
        assertThat(headCidr(vpc)).isEqualTo("10.22.0.0/16");
    }

    @Test
    void aResourceRecordRolledBackIsNeverSentToTheCloud() {
        ComponentId vpc = vpcOnHead("resource rolled back", "10.30.0.0/16");
        resources.recordResource(vpc, resource("vpc-kept"));

        transaction.executeWithoutResult(status -> {
            resources.recordResource(vpc, resource("vpc-rolled-back"));
            assertThat(resources.desiredResource(vpc).resource().identifier()).isEqualTo("vpc-rolled-back");
            status.setRollbackOnly();
        });

        assertThat(resources.desiredResource(vpc).resource().identifier()).isEqualTo("vpc-kept");
        assertThat(components.get(ChangeSetId.HEAD, vpc).resource().identifier())
                .isEqualTo("vpc-kept");
    }

    @Test
    void resourcesRecordedFromParallelActionsAreAllSeenAfterwards() throws Exception {
        List<ComponentId> vpcs = List.of(
                vpcOnHead("parallel a", "10.40.0.0/16"),
                vpcOnHead("parallel b", "10.41.0.0/16"),
                vpcOnHead("parallel c", "10.42.0.0/16"));
        // the workers act as the signed-in owner, as the test thread does
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(3));
        List<Callable<Object>> jobs = new ArrayList<>();
        for (ComponentId vpc : vpcs) {
            jobs.add(() -> {
                for (int i = 0; i < 5; i++) {
                    resources.recordResource(vpc, resource("vpc-" + vpc.value() + "-" + i));
                    resources.desiredResource(vpc); // apply reads HEAD between its records
                }
                return null;
            });
        }
        for (Future<Object> f : pool.invokeAll(jobs)) {
            f.get();
        }
        pool.shutdown();

        for (ComponentId vpc : vpcs) {
            String expected = "vpc-" + vpc.value() + "-4";
            assertThat(resources.desiredResource(vpc).resource().identifier()).isEqualTo(expected);
            assertThat(components.get(ChangeSetId.HEAD, vpc).values().get("CidrBlock"))
                    .isNotNull();
            assertThat(components
                            .get(changeSets.create("reader").id(), vpc)
                            .resource()
                            .identifier())
                    .isEqualTo(expected);
        }
    }

    private static ResourceData resource(String id) {
        return new ResourceData(id, ResourceStatus.OK, null, obj("{}"), obj("{\"VpcId\":\"" + id + "\"}"));
    }
}
