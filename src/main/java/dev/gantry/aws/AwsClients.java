package dev.gantry.aws;

import dev.gantry.action.CloudContext;
import dev.gantry.action.CloudContext.StaticCredentials;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudcontrol.CloudControlClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * One SDK client per (service, region, credentials, role, endpoint), built on first use and kept: SDK clients are
 * thread-safe and expensive to build. All share one HTTP connection pool.
 */
final class AwsClients implements AutoCloseable {

    /** Holds plaintext keys in memory only; StaticCredentials' toString hides the secret. */
    private record Key(
            String service,
            String region,
            Optional<StaticCredentials> credentials,
            Optional<String> assumeRoleArn,
            Optional<URI> endpoint) {}

    private static final int MAX_CONNECTIONS = 64;

    private final AwsProperties properties;
    private final SdkHttpClient http =
            Apache5HttpClient.builder().maxConnections(MAX_CONNECTIONS).build();
    private final List<ExecutionInterceptor> interceptors;
    private final Map<Key, SdkClient> clients = new ConcurrentHashMap<>();
    private final Map<Key, AwsCredentialsProvider> credentialProviders = new ConcurrentHashMap<>();

    AwsClients(AwsProperties properties) {
        this.properties = properties;
        this.interceptors = properties.injectedLatency().isZero()
                ? List.of(new CallNames())
                : List.of(new CallNames(), new LatencyInterceptor(properties.injectedLatency()));
    }

    Ec2Client ec2(CloudContext context) {
        return client("ec2", context, Ec2Client::builder);
    }

    ElasticLoadBalancingV2Client elb(CloudContext context) {
        return client("elbv2", context, ElasticLoadBalancingV2Client::builder);
    }

    EcsClient ecs(CloudContext context) {
        return client("ecs", context, EcsClient::builder);
    }

    EcrClient ecr(CloudContext context) {
        return client("ecr", context, EcrClient::builder);
    }

    IamClient iam(CloudContext context) {
        return client("iam", context, IamClient::builder);
    }

    CloudControlClient cloudControl(CloudContext context) {
        return client("cloudcontrol", context, CloudControlClient::builder);
    }

    @SuppressWarnings("unchecked")
    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C client(
            String service, CloudContext context, Supplier<B> builder) {
        Key key = key(service, context);
        return (C) clients.computeIfAbsent(
                key, k -> configure(builder.get(), k, credentials(k)).build());
    }

    private Key key(String service, CloudContext context) {
        String region =
                context.region() == null || context.region().isBlank() ? properties.defaultRegion() : context.region();
        Optional<URI> endpoint = context.endpoint().or(properties::endpointOverride);
        return new Key(service, region, context.credentials(), context.assumeRoleArn(), endpoint);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> B configure(
            B builder, Key key, AwsCredentialsProvider credentials) {
        builder.region(Region.of(key.region()))
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(o -> {
                    interceptors.forEach(o::addExecutionInterceptor);
                    o.retryStrategy(retryStrategy());
                });
        key.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    /**
     * The SDK's standard (or adaptive) retries with a configured number of attempts: throttling and 5xx answers are
     * retried per call with the SDK's backoff, long before an action sees them.
     */
    private RetryStrategy retryStrategy() {
        RetryMode mode = RetryMode.valueOf(properties.retry().mode().toUpperCase(java.util.Locale.ROOT));
        return AwsRetryStrategy.forRetryMode(mode).toBuilder()
                .maxAttempts(properties.retry().maxAttempts())
                .build();
    }

    private AwsCredentialsProvider credentials(Key key) {
        Key shared = new Key("credentials", key.region(), key.credentials(), key.assumeRoleArn(), key.endpoint());
        return credentialProviders.computeIfAbsent(shared, this::buildCredentials);
    }

    private AwsCredentialsProvider buildCredentials(Key key) {
        AwsCredentialsProvider base = key.credentials()
                .<AwsCredentialsProvider>map(AwsClients::staticProvider)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        if (key.assumeRoleArn().isEmpty()) {
            return base;
        }
        StsClient sts = configure(StsClient.builder(), key, base).build();
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> r.roleArn(key.assumeRoleArn().get()).roleSessionName("gantry"))
                .build();
    }

    private static AwsCredentialsProvider staticProvider(StaticCredentials keys) {
        return StaticCredentialsProvider.create(keys.sessionToken()
                .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(
                        token -> AwsSessionCredentials.create(keys.accessKeyId(), keys.secretAccessKey(), token))
                .orElseGet(() -> AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey())));
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
        credentialProviders.values().forEach(p -> {
            if (p instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // closing at shutdown: nothing left to do about it
                }
            }
        });
        http.close();
    }
}
