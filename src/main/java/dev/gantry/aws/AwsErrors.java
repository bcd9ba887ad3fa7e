package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK exceptions into {@link ProviderException}s that quote AWS's own words ("InvalidSubnet.Range: The CIDR
 * '192.168.0.0/24' is invalid."), without the SDK's request-id decoration, so the user sees the cause.
 */
final class AwsErrors {

    private static final Set<String> NOT_FOUND_CODES = Set.of(
            "NoSuchEntity",
            "RepositoryNotFoundException",
            "ClusterNotFoundException",
            "ServiceNotFoundException",
            "LoadBalancerNotFound",
            "TargetGroupNotFound",
            "ListenerNotFound",
            "ResourceNotFoundException",
            "RepositoryPolicyNotFoundException",
            "InvalidGroup.NotFound",
            "InvalidPermission.NotFound");

    private AwsErrors() {}

    static ProviderException translate(RuntimeException e) {
        if (e instanceof ProviderException p) {
            return p;
        }
        if (e instanceof AwsServiceException aws) {
            return new ProviderException(describe(aws), retryable(aws), aws);
        }
        if (e instanceof SdkClientException client) {
            // Network trouble is worth retrying; missing credentials or a bad region are not.
            return new ProviderException("Could not call AWS: " + client.getMessage(), causedByIo(client), client);
        }
        if (e instanceof SdkException sdk) {
            return new ProviderException(sdk.getMessage(), sdk.retryable(), sdk);
        }
        throw e;
    }

    static String describe(AwsServiceException e) {
        var details = e.awsErrorDetails();
        if (details == null || details.errorCode() == null) {
            return e.getMessage();
        }
        return details.errorCode() + ": " + details.errorMessage();
    }

    static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null
                ? ""
                : String.valueOf(e.awsErrorDetails().errorCode());
    }

    /** Whether AWS says the thing does not exist (codes differ per service: NoSuchEntity, InvalidVpcID.NotFound…). */
    static boolean isNotFound(AwsServiceException e) {
        String code = code(e);
        return e.statusCode() == 404
                || code.endsWith(".NotFound")
                || code.endsWith("NotFound")
                || NOT_FOUND_CODES.contains(code);
    }

    /** Runs a describe or delete call; a "does not exist" answer becomes empty instead of an error. */
    static <T> Optional<T> unlessNotFound(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (AwsServiceException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Runs a delete call; deleting what is already gone succeeds. */
    static void ignoringNotFound(Runnable call) {
        unlessNotFound(() -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private static boolean retryable(AwsServiceException e) {
        return e.isThrottlingException() || e.statusCode() >= 500 || e.retryable();
    }
}
