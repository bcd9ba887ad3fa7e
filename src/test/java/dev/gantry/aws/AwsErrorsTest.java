package dev.gantry.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.action.ProviderException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

class AwsErrorsTest {

    @Test
    void anAwsErrorIsQuotedWithItsCodeAndWithoutTheSdksDecoration() {
        ProviderException e = AwsErrors.translate(
                error(400, "InvalidSubnet.Conflict", "The CIDR '10.0.0.0/24' conflicts with another subnet"));

        assertThat(e).hasMessage("InvalidSubnet.Conflict: The CIDR '10.0.0.0/24' conflicts with another subnet");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void throttlingAndServerErrorsAreRetryable() {
        assertThat(AwsErrors.translate(error(400, "Throttling", "Rate exceeded"))
                        .retryable())
                .isTrue();
        assertThat(AwsErrors.translate(error(400, "RequestLimitExceeded", "Request limit exceeded."))
                        .retryable())
                .isTrue();
        assertThat(AwsErrors.translate(error(503, "ServiceUnavailable", "Try again"))
                        .retryable())
                .isTrue();
    }

    @Test
    void networkFailuresAreRetryableButMissingCredentialsAreNot() {
        SdkClientException network = SdkClientException.builder()
                .message("Unable to execute HTTP request")
                .cause(new ConnectException("Connection refused"))
                .build();
        SdkClientException credentials = SdkClientException.builder()
                .message("Unable to load credentials from any of the providers in the chain")
                .build();

        assertThat(AwsErrors.translate(network).retryable()).isTrue();
        assertThat(AwsErrors.translate(credentials).retryable()).isFalse();
        assertThat(AwsErrors.translate(credentials)).hasMessageContaining("Unable to load credentials");
    }

    @Test
    void eachServicesWayOfSayingNotFoundIsRecognised() {
        assertThat(AwsErrors.isNotFound(error(400, "InvalidVpcID.NotFound", "gone")))
                .isTrue();
        assertThat(AwsErrors.isNotFound(error(404, "NoSuchEntity", "gone"))).isTrue();
        assertThat(AwsErrors.isNotFound(error(400, "RepositoryNotFoundException", "gone")))
                .isTrue();
        assertThat(AwsErrors.isNotFound(error(400, "LoadBalancerNotFound", "gone")))
                .isTrue();
        assertThat(AwsErrors.isNotFound(error(400, "DependencyViolation", "in use")))
                .isFalse();
    }

    private static AwsServiceException error(int status, String code, String message) {
        return AwsServiceException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .build())
                .message(message + " (Service: Ec2, Status Code: " + status + ")")
                .build();
    }
}
