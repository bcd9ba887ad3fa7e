package dev.gantry.aws;

import java.util.Arrays;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Marks every failed SDK call with the service and operation it was, since AWS's exceptions name neither and
 * propagation rules are per call ("InvalidParameterException from CreateService").
 */
final class CallNames implements ExecutionInterceptor {

    /** The call a failure came from, attached as a suppressed exception (no stack trace). */
    static final class FailedCall extends RuntimeException {
        private final String service;
        private final String operation;

        FailedCall(String service, String operation) {
            super(service + " " + operation, null, false, false);
            this.service = service;
            this.operation = operation;
        }

        String service() {
            return service;
        }

        String operation() {
            return operation;
        }
    }

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        if (of(failure).isEmpty()) {
            failure.addSuppressed(new FailedCall(
                    attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                    attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)));
        }
        return failure;
    }

    static Optional<FailedCall> of(Throwable failure) {
        return Arrays.stream(failure.getSuppressed())
                .filter(FailedCall.class::isInstance)
                .map(FailedCall.class::cast)
                .findFirst();
    }
}
