package dev.gantry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SocketNamesTest {

    @Test
    void spacesOutPropertyNamesAsTheGuidesShowThem() {
        assertThat(SocketNames.spaced("SubnetId")).isEqualTo("Subnet Id");
        assertThat(SocketNames.spaced("TargetGroupArn")).isEqualTo("Target Group Arn");
        assertThat(SocketNames.spaced("DNSName")).isEqualTo("DNS Name");
        assertThat(SocketNames.spaced("Ipv6CidrBlock")).isEqualTo("Ipv6 Cidr Block");
    }

    @Test
    void namesNestedInputsByTheirPathWithoutConfigurationNoise() {
        assertThat(SocketNames.pathName(List.of("NetworkConfiguration", "AwsvpcConfiguration", "SecurityGroups")))
                .isEqualTo("Network Awsvpc Security Groups");
    }

    @Test
    void findsTheOneCloseNameButNeverGuessesBetweenTwo() {
        assertThat(SocketNames.closest("Task Defition", List.of("Task Definition", "Role"), s -> s))
                .isEqualTo("Task Definition");
        assertThat(SocketNames.closest("Port", List.of("Part", "Pork"), s -> s)).isNull();
    }
}
