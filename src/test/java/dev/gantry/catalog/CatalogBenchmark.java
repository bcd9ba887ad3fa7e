package dev.gantry.catalog;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what issue 3 promises: catalogue load time (cold and median), retained heap after load, and search
 * latency (p50/p99) over 100 realistic queries. A plain harness: the figures are coarse, not JMH-grade.
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * ./mvnw -B -q -Dvaadin.skip=true test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * $JAVA_HOME/bin/java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.gantry.catalog.CatalogBenchmark
 * </pre>
 */
public final class CatalogBenchmark {

    private static final int LOADS = 5;
    private static final int SEARCH_ROUNDS = 20;

    static final List<String> QUERIES = List.of(
            "subnet",
            "vpc",
            "AWS::EC2::VPC",
            "security group",
            "AWS::EC2::SecurityGroup",
            "ingress",
            "egress",
            "route table",
            "route",
            "nat gateway",
            "AWS::EC2::NATGateway",
            "internet gateway",
            "eip",
            "elastic ip",
            "load balancer",
            "listener",
            "target group",
            "AWS::ElasticLoadBalancingV2::TargetGroup",
            "alb",
            "ecs",
            "ecs service",
            "AWS::ECS::Service",
            "task definition",
            "container definitions",
            "port mappings",
            "cluster",
            "capacity provider",
            "ecr",
            "repository",
            "AWS::ECR::Repository",
            "repository policy",
            "iam role",
            "role policy",
            "policy statement",
            "managed policy",
            "instance profile",
            "group",
            "s3",
            "bucket",
            "bucket policy",
            "lambda",
            "function",
            "lambda permission",
            "event source mapping",
            "api gateway",
            "rest api",
            "stage",
            "deployment",
            "dynamodb",
            "table",
            "global table",
            "sqs",
            "queue",
            "sns",
            "topic",
            "subscription",
            "cloudwatch",
            "alarm",
            "log group",
            "metric filter",
            "kms",
            "key",
            "alias",
            "secrets manager",
            "secret",
            "ssm parameter",
            "route53",
            "hosted zone",
            "record set",
            "cloudfront",
            "distribution",
            "acm certificate",
            "rds",
            "db instance",
            "db cluster",
            "db subnet group",
            "elasticache",
            "redis",
            "opensearch",
            "kinesis",
            "stream",
            "firehose",
            "step functions",
            "state machine",
            "eventbridge",
            "rule",
            "event bus",
            "autoscaling",
            "launch template",
            "auto scaling group",
            "ec2 instance",
            "efs",
            "file system",
            "mount target",
            "vpc endpoint",
            "transit gateway",
            "waf",
            "cognito user pool",
            "Region",
            "AWS Credential");

    private CatalogBenchmark() {}

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        CatalogService catalog = CatalogService.load();
        double coldMs = (System.nanoTime() - start) / 1e6;
        // CPU time of the loading thread: on a shared 2-core machine wall time mostly measures the neighbours.
        double coldCpuMs = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        long retained = usedAfterGc(memory) - before;
        System.out.printf("assets: %d%n", catalog.all().size());
        System.out.printf("load, cold: %.0f ms wall, %.0f ms CPU of the loading thread%n", coldMs, coldCpuMs);
        System.out.printf("retained heap after load: %.1f MB%n", retained / 1024.0 / 1024.0);

        double[] loads = new double[LOADS];
        for (int i = 0; i < LOADS; i++) {
            long t = System.nanoTime();
            CatalogService.load();
            loads[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(loads);
        System.out.printf("load, median of %d warm loads: %.0f ms%n", LOADS, loads[LOADS / 2]);

        List<Double> latencies = searchLatencies(catalog);
        System.out.printf(
                "search over %d queries x %d rounds: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                QUERIES.size(),
                SEARCH_ROUNDS,
                percentile(latencies, 50),
                percentile(latencies, 99),
                percentile(latencies, 100));
    }

    private static List<Double> searchLatencies(Catalog catalog) {
        for (int warmup = 0; warmup < 5; warmup++) {
            QUERIES.forEach(q -> catalog.search(q, 20));
        }
        List<Double> latencies = new ArrayList<>();
        for (int round = 0; round < SEARCH_ROUNDS; round++) {
            for (String query : QUERIES) {
                long t = System.nanoTime();
                catalog.search(query, 20);
                latencies.add((System.nanoTime() - t) / 1e6);
            }
        }
        latencies.sort(Double::compare);
        return latencies;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
