package dev.gantry.ui;

import dev.gantry.api.ApiClient;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Builds the realistic diagram through the REST API, one call per component and per connection, timing
 * every call: VPC down frames each holding 12 subnets, 8 security groups, 10 ingress rules, 10 instances, 2 load
 * balancers, 2 route tables and 5 route table associations (50 components), with 100 explicit connections each.
 */
final class BenchmarkDiagram {

    static final int COMPONENTS_PER_VPC = 50;

    /** One API call's answer time in nanoseconds, in call order. */
    private final List<Long> callNanos = new ArrayList<>();

    private final ApiClient api;
    private final String changeSet;
    private final List<String> componentIds = new ArrayList<>();
    private int connections;

    private BenchmarkDiagram(ApiClient api, String changeSet) {
        this.api = api;
        this.changeSet = changeSet;
    }

    /** A new change set holding {@code components} components (a multiple of 50) and twice as many connections. */
    static BenchmarkDiagram build(ApiClient api, int components) {
        String cs = api.newChangeSet("Benchmark " + components);
        BenchmarkDiagram diagram = new BenchmarkDiagram(api, cs);
        int vpcs = Math.max(1, components / COMPONENTS_PER_VPC);
        for (int v = 0; v < vpcs; v++) {
            diagram.vpc("vpc" + v);
        }
        return diagram;
    }

    private void vpc(String prefix) {
        String vpc = component(prefix, "AWS::EC2::VPC", "down frame", null);
        List<String> subnets = many(12, prefix + "-subnet", "AWS::EC2::Subnet", vpc);
        List<String> groups = many(8, prefix + "-sg", "AWS::EC2::SecurityGroup", vpc);
        List<String> ingress = many(10, prefix + "-ingress", "AWS::EC2::SecurityGroupIngress", vpc);
        List<String> instances = many(10, prefix + "-instance", "AWS::EC2::Instance", vpc);
        List<String> balancers = many(2, prefix + "-alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", vpc);
        List<String> tables = many(2, prefix + "-rt", "AWS::EC2::RouteTable", vpc);
        List<String> associations = many(5, prefix + "-assoc", "AWS::EC2::SubnetRouteTableAssociation", vpc);
        for (int i = 0; i < ingress.size(); i++) {
            connect(groups.get(i % groups.size()), "Group Id", ingress.get(i), "Group Id"); // 10
        }
        for (int i = 0; i < instances.size(); i++) {
            connect(subnets.get(i % subnets.size()), "Subnet Id", instances.get(i), "Subnet Id"); // 10
            for (int g = 0; g < 3; g++) {
                connect(groups.get((i + g) % groups.size()), "Group Id", instances.get(i), "Security Group Ids"); // 30
            }
        }
        for (String balancer : balancers) {
            subnets.forEach(s -> connect(s, "Subnet Id", balancer, "Subnets")); // 24
            groups.forEach(g -> connect(g, "Group Id", balancer, "Security Groups")); // 16
        }
        for (int i = 0; i < associations.size(); i++) {
            connect(subnets.get(i), "Subnet Id", associations.get(i), "Subnet Id"); // 5
            connect(tables.get(i % tables.size()), "Route Table Id", associations.get(i), "Route Table Id"); // 5
        }
    }

    private List<String> many(int count, String prefix, String asset, String parent) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(component(prefix + "-" + i, asset, "component", parent));
        }
        return ids;
    }

    private String component(String name, String asset, String type, String parent) {
        String body = "{\"name\":\"" + name + "\",\"asset\":\"" + asset + "\",\"type\":\"" + type + "\""
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}";
        JsonNode created = timed("POST", "/api/change-sets/" + changeSet + "/components", body);
        String id = created.get("id").asString();
        componentIds.add(id);
        return id;
    }

    private void connect(String from, String output, String to, String input) {
        timed(
                "POST",
                "/api/change-sets/" + changeSet + "/connections",
                "{\"from\":\"" + from + "\",\"output\":\"" + output + "\",\"to\":\"" + to + "\",\"input\":\"" + input
                        + "\"}");
        connections++;
    }

    private JsonNode timed(String method, String path, String body) {
        long start = System.nanoTime();
        JsonNode answer = api.ok(method, path, body);
        callNanos.add(System.nanoTime() - start);
        return answer;
    }

    String changeSet() {
        return changeSet;
    }

    List<String> componentIds() {
        return componentIds;
    }

    int components() {
        return componentIds.size();
    }

    int connections() {
        return connections;
    }

    /**
     * The median answer time of each tenth of the calls in the order they were made, in milliseconds: ten parts
     * that differ by one call at most, the last ending with the last call.
     */
    List<Double> medianPerTenthMillis() {
        int calls = callNanos.size();
        int parts = Math.min(10, calls);
        List<Double> medians = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            medians.add(medianMillis(callNanos.subList(i * calls / parts, (i + 1) * calls / parts)));
        }
        return medians;
    }

    /** The median answer time of all the calls, in milliseconds. */
    double medianMillis() {
        return medianMillis(callNanos);
    }

    private static double medianMillis(List<Long> nanos) {
        return Stats.median(nanos.stream().map(n -> n / 1e6).toList());
    }

    double totalSeconds() {
        return callNanos.stream().mapToLong(Long::longValue).sum() / 1e9;
    }
}
