package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PropertyPathTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aSocketFeedsATopLevelOrANestedPropertyWrittenWithSlashesOrDots() {
        assertThat(PropertyPath.of("VpcId").segments()).containsExactly("VpcId");
        assertThat(PropertyPath.of("NetworkConfiguration/AwsvpcConfiguration/Subnets")
                        .segments())
                .containsExactly("NetworkConfiguration", "AwsvpcConfiguration", "Subnets");
        assertThat(PropertyPath.of("LoadBalancerAttributes.Key").segments())
                .containsExactly("LoadBalancerAttributes", "Key");
    }

    @Test
    void itSplitsAsStringSplitDidTrailingAndDoubledSeparatorsIncluded() {
        for (String property : new String[] {"Tags/", "A//B", "/A", "A.B/", "A/B//", "/", "", "A..B.C"}) {
            assertThat(PropertyPath.of(property).segments()).as(property).containsExactly(property.split("[/.]"));
        }
    }

    @Test
    void aNestedValueIsReadAndWrittenWhereThePathSays() {
        ObjectNode service = (ObjectNode) JSON.readTree("{\"NetworkConfiguration\":{\"AwsvpcConfiguration\":{}}}");
        PropertyPath subnets = PropertyPath.of("NetworkConfiguration/AwsvpcConfiguration/Subnets");

        subnets.set(service, JSON.readTree("[\"subnet-1\"]"));

        assertThat(subnets.top()).isEqualTo("NetworkConfiguration");
        assertThat(subnets.get(service)).isEqualTo(JSON.readTree("[\"subnet-1\"]"));
    }
}
