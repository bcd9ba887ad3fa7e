package dev.gantry.changeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.model.ComponentId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The three-way merge of a component's stored data, field by field, without a database. */
class FieldMergeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ComponentId ID = ComponentId.random();

    private final ObjectNode base = data("vpc", "{'CidrBlock':'10.0.0.0/16','EnableDnsSupport':true}");

    @Test
    void fieldsTheChangeSetDidNotTouchFollowHead() {
        ObjectNode head = data("vpc", "{'CidrBlock':'10.0.0.0/16','EnableDnsSupport':false}");
        ObjectNode mine = data("main vpc", "{'CidrBlock':'10.0.0.0/16','EnableDnsSupport':true}");

        ObjectNode effective = FieldMerge.effective(base, head, mine);

        assertThat(effective.get("name").asString()).isEqualTo("main vpc");
        assertThat(effective.get("domain").get("EnableDnsSupport").asBoolean()).isFalse();
        assertThat(FieldMerge.conflicts(ID, base, head, mine)).isEmpty();
    }

    @Test
    void aFieldBothSidesChangedDifferentlyIsAConflictNamingBothValues() {
        ObjectNode head = data("vpc", "{'CidrBlock':'10.1.0.0/16','EnableDnsSupport':true}");
        ObjectNode mine = data("vpc", "{'CidrBlock':'10.2.0.0/16','EnableDnsSupport':true}");

        List<Conflict> conflicts = FieldMerge.conflicts(ID, base, head, mine);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("domain.CidrBlock");
            assertThat(c.base().asString()).isEqualTo("10.0.0.0/16");
            assertThat(c.head().asString()).isEqualTo("10.1.0.0/16");
            assertThat(c.mine().asString()).isEqualTo("10.2.0.0/16");
        });
        assertThat(FieldMerge.effective(base, head, mine)
                        .get("domain")
                        .get("CidrBlock")
                        .asString())
                .as("the change set shows its own value until the user decides")
                .isEqualTo("10.2.0.0/16");
    }

    @Test
    void aFrameMovedOrResizedOnBothSidesIsNoConflictAndKeepsTheChangeSetsLayout() {
        base.putObject("geometry").put("x", 40).put("y", 40).put("width", 600).put("height", 400);
        ObjectNode head = base.deepCopy();
        head.putObject("geometry").put("x", 40).put("y", 40).put("width", 900).put("height", 700);
        ObjectNode mine = base.deepCopy();
        mine.putObject("geometry").put("x", 40).put("y", 40).put("width", 560).put("height", 360);
        mine.put("name", "vpc (emptied)");

        assertThat(FieldMerge.conflicts(ID, base, head, mine)).isEmpty();
        ObjectNode effective = FieldMerge.effective(base, head, mine);
        assertThat(effective.get("geometry").get("width").asInt()).isEqualTo(560);
        assertThat(effective.get("name").asString()).isEqualTo("vpc (emptied)");
        ObjectNode rebased = FieldMerge.rebasedBase(base, head, mine);
        assertThat(FieldMerge.effective(rebased, head, mine)
                        .get("geometry")
                        .get("width")
                        .asInt())
                .as("still the change set's after it is written again")
                .isEqualTo(560);
    }

    @Test
    void bothSidesMakingTheSameChangeIsNoConflict() {
        ObjectNode same = data("vpc", "{'CidrBlock':'10.9.0.0/16','EnableDnsSupport':true}");

        assertThat(FieldMerge.conflicts(ID, base, same, same.deepCopy())).isEmpty();
    }

    @Test
    void removedOnHeadWhileEditedHereIsAConflictOnTheWholeComponent() {
        ObjectNode mine = data("vpc", "{'CidrBlock':'10.2.0.0/16','EnableDnsSupport':true}");

        assertThat(FieldMerge.conflicts(ID, base, null, mine))
                .singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("component"));
        assertThat(FieldMerge.conflicts(ID, base, null, base.deepCopy()))
                .as("removed on HEAD, untouched here: nothing to decide")
                .isEmpty();
    }

    @Test
    void theRebasedBaseKeepsTheOldBaseOnlyForFieldsStillInConflict() {
        ObjectNode head = data("vpc", "{'CidrBlock':'10.1.0.0/16','EnableDnsSupport':false}");
        ObjectNode mine = data("vpc", "{'CidrBlock':'10.2.0.0/16','EnableDnsSupport':true}");

        ObjectNode rebased = FieldMerge.rebasedBase(base, head, mine);

        assertThat(rebased.get("domain").get("CidrBlock").asString()).isEqualTo("10.0.0.0/16");
        assertThat(rebased.get("domain").get("EnableDnsSupport").asBoolean()).isFalse();
    }

    @Test
    void secretsMergeAsTheirOwnFields() {
        ObjectNode head = data("key", "{}");
        head.putObject("secrets").put("SecretAccessKey", "sealed-on-head");
        ObjectNode mine = data("key", "{}");
        mine.putObject("secrets").put("SecretAccessKey", "sealed-here");

        assertThat(FieldMerge.conflicts(ID, data("key", "{}"), head, mine))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.field()).isEqualTo("secrets.SecretAccessKey");
                    assertThat(c.head().asString())
                            .as("a conflict never shows a secret")
                            .isEqualTo("<redacted>");
                });
    }

    static ObjectNode data(String name, String domain) {
        ObjectNode data = JSON.createObjectNode();
        data.put("name", name);
        data.put("type", "component");
        data.putNull("parent");
        data.set("domain", JSON.readTree(domain.replace('\'', '"')));
        data.putObject("secrets");
        return data;
    }
}
