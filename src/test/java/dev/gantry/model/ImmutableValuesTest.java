package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Records that carry JSON keep their own copies: neither the giver nor a receiver can change them. */
class ImmutableValuesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void resourceDataKeepsItsOwnPayloadAndAttributes() {
        ObjectNode attributes = (ObjectNode) JSON.readTree("{\"DNSName\":\"alb-1.eu-west-1.elb.amazonaws.com\"}");
        ResourceData data = new ResourceData("arn:alb", ResourceStatus.OK, null, attributes, attributes);

        attributes.put("DNSName", "changed by the giver");
        data.attributes().put("DNSName", "changed by a receiver");
        data.payload().removeAll();

        assertThat(data.attributes().get("DNSName").asString()).isEqualTo("alb-1.eu-west-1.elb.amazonaws.com");
        assertThat(data.payload().get("DNSName").asString()).isEqualTo("alb-1.eu-west-1.elb.amazonaws.com");
    }
}
