package dev.gantry.ui.canvas;

import java.util.List;
import java.util.Map;

/** One colour per AWS service, so a glance at the canvas tells networking from containers from IAM. */
public final class ServiceColors {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("EC2", "#7c3aed"),
            Map.entry("ElasticLoadBalancingV2", "#0e7490"),
            Map.entry("ECS", "#ea580c"),
            Map.entry("ECR", "#c2410c"),
            Map.entry("IAM", "#dc2626"),
            Map.entry("Logs", "#db2777"),
            Map.entry("S3", "#15803d"),
            Map.entry("RDS", "#1d4ed8"),
            Map.entry("DynamoDB", "#1d4ed8"),
            Map.entry("Lambda", "#d97706"),
            Map.entry("Route53", "#4f46e5"));

    /** Services not listed above get a stable colour from this set. */
    private static final List<String> OTHERS = List.of("#0369a1", "#4d7c0f", "#9333ea", "#b45309", "#be123c");

    /** Credential, Region and other hand-written configuration assets (service "Gantry"): neutral, they are settings, not resources. */
    private static final String CONFIGURATION = "#475569";

    private ServiceColors() {}

    public static String of(String service) {
        if (service == null || service.isBlank() || service.equals("Gantry")) {
            return CONFIGURATION;
        }
        String known = KNOWN.get(service);
        return known != null ? known : OTHERS.get(Math.floorMod(service.hashCode(), OTHERS.size()));
    }
}
