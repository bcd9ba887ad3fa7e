package dev.gantry.aws;

import java.time.Duration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * A benchmark aid, not a feature: sleeps before every AWS call so that an apply against a fast emulator behaves
 * like one against AWS, where each call takes a few hundred milliseconds. With a fixed latency per call the apply's
 * wall time can be compared with its DAG's critical path. Enabled by {@code gantry.aws.injected-latency}.
 */
final class LatencyInterceptor implements ExecutionInterceptor {

    private final Duration latency;

    LatencyInterceptor(Duration latency) {
        this.latency = latency;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
