package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ChangeSetStatus;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.Geometry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Apply's merge into HEAD and the run it records are one transaction. The failure between the two steps is a real
 * one: a PostgreSQL trigger refuses the run's actions, as a crash or a lost connection would stop them.
 */
@GantryIntegrationTest
@AsOwner
class ApplyAtomicityIT {

    @Autowired
    ApplyService apply;

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void dropTrigger() {
        jdbc.sql("DROP TRIGGER IF EXISTS refuse_actions ON action_run").update();
        jdbc.sql("DROP FUNCTION IF EXISTS refuse_actions()").update();
    }

    @Test
    void whenRecordingTheRunFailsHeadIsLeftAsItWasAndTheChangeSetCanBeAppliedAgain() {
        ChangeSetId cs = changeSets.create("atomic apply").id();
        ComponentView repository = components.create(
                cs,
                new NewComponent(
                        "atomic-repository",
                        "AWS::ECR::Repository",
                        null,
                        null,
                        Geometry.DEFAULT,
                        JsonNodeFactory.instance.objectNode().put("RepositoryName", "atomic-repository")));
        changeSets.requestApproval(cs);
        changeSets.approve(cs);
        long headVersion = headVersion();
        jdbc.sql("CREATE FUNCTION refuse_actions() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$$ BEGIN RAISE EXCEPTION 'the disk is full'; END $$")
                .update();
        jdbc.sql("CREATE TRIGGER refuse_actions BEFORE INSERT ON action_run FOR EACH ROW "
                        + "EXECUTE FUNCTION refuse_actions()")
                .update();

        assertThatThrownBy(() -> apply.apply(cs)).hasStackTraceContaining("the disk is full");

        assertThat(headVersion()).isEqualTo(headVersion);
        assertThat(components.list(ChangeSetId.HEAD))
                .extracting(ComponentView::id)
                .doesNotContain(repository.id());
        assertThat(changeSets.get(cs).status()).isEqualTo(ChangeSetStatus.APPROVED);
        assertThat(jdbc.sql("SELECT count(*) FROM apply_run WHERE change_set_id = ?")
                        .param(cs.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(changeSets.audit(cs)).noneMatch(entry -> entry.action().contains("apply-merge"));
        changeSets.abandon(cs); // left approved, it would be one more change set in other tests' lists
    }

    private long headVersion() {
        return jdbc.sql("SELECT max(head_version) FROM workspace")
                .query(Long.class)
                .single();
    }
}
