package dev.gantry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for which output may feed which input: an input's annotation is a suffix of an output's. */
class SocketMatcherTest {

    @Test
    void aSpecificOutputFitsAGeneralInputAndNotTheReverse() {
        assertThat(SocketMatcher.fits(output("AWS::EC2::VPC.VpcId"), input("VpcId")))
                .isTrue();
        assertThat(SocketMatcher.fits(output("VpcId"), input("AWS::EC2::VPC.VpcId")))
                .isFalse();
    }

    @Test
    void annotationsAreComparedWhateverTheirCase() {
        assertThat(SocketMatcher.fits(output("AWS::EC2::VPC.VpcId"), input("vpcid")))
                .isTrue();
        assertThat(SocketMatcher.fittingAnnotation(output("aws::ec2::vpc.VPCID"), input("SubnetId", "VpcId")))
                .isEqualTo("VpcId");
    }

    @Test
    void theFirstOfTheInputsAnnotationsThatFitsIsTheOneReported() {
        Socket in = input("SecurityGroup.GroupId", "GroupId");

        assertThat(SocketMatcher.fittingAnnotation(output("AWS::EC2::SecurityGroup.GroupId"), in))
                .isEqualTo("SecurityGroup.GroupId");
        assertThat(SocketMatcher.fittingAnnotation(output("AWS::EC2::PlacementGroup.GroupId"), in))
                .isEqualTo("GroupId");
        assertThat(SocketMatcher.fittingAnnotation(output("AWS::EC2::PlacementGroup.GroupName"), in))
                .isNull();
    }

    @Test
    void onlyAnOutputFeedsAnInput() {
        assertThat(SocketMatcher.fits(input("VpcId"), input("VpcId"))).isFalse();
        assertThat(SocketMatcher.fits(output("VpcId"), output("VpcId"))).isFalse();
    }

    private static Socket output(String... annotations) {
        return socket(Socket.SocketDirection.OUTPUT, annotations);
    }

    private static Socket input(String... annotations) {
        return socket(Socket.SocketDirection.INPUT, annotations);
    }

    private static Socket socket(Socket.SocketDirection direction, String... annotations) {
        return new Socket(
                "socket", direction, Socket.Arity.ONE, Socket.SocketSource.PROPERTY, "Prop", List.of(annotations));
    }
}
