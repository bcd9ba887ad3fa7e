package dev.gantry.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class JsonPatchTest {

    @Test
    void applyingTheDiffTurnsTheOldStateIntoTheNewOne() {
        ObjectNode from = Moto.json("""
                {"a": 1, "gone": true, "nested": {"x": "1", "y": [1, 2]}, "list": [1, 2, 3], "a/b~c": 1}""");
        ObjectNode to = Moto.json("""
                {"a": 2, "nested": {"x": "1", "y": [2], "z": {}}, "list": [3], "new": null, "a/b~c": 2}""");

        var patch = JsonPatch.diff(from, to);

        assertThat(JsonPatchApplier.apply(from, patch)).isEqualTo(to);
        assertThat(patch.toString()).contains("\"/a~1b~0c\"").contains("\"/nested/z\"");
    }

    @Test
    void equalStatesNeedNoPatch() {
        ObjectNode state = Moto.json("{\"a\": [1, {\"b\": 2}]}");
        assertThat(JsonPatch.diff(state, state.deepCopy())).isEmpty();
    }

    @Test
    void aMissingPreviousStateMeansAddingEverything() {
        ObjectNode to = Moto.json("{\"a\": 1, \"b\": {\"c\": 2}}");
        var patch = JsonPatch.diff(null, to);
        assertThat(patch).hasSize(2);
        assertThat(JsonPatchApplier.apply(Moto.json("{}"), patch)).isEqualTo(to);
    }
}
