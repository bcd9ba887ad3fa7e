package dev.gantry.aws;

import java.util.List;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.PortMapping;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A task definition's ContainerDefinitions between CloudFormation's shape and ECS's: the settings a web service
 * needs (image, ports, environment, command, sizes, logging, health check).
 */
final class ContainerDefinitions {

    private ContainerDefinitions() {}

    static List<ContainerDefinition> toSdk(List<Desired> containers) {
        return containers.stream().map(ContainerDefinitions::toSdk).toList();
    }

    static ArrayNode fromSdk(List<ContainerDefinition> containers) {
        ArrayNode array = Desired.newObject().arrayNode();
        containers.forEach(container -> array.add(fromSdk(container)));
        return array;
    }

    private static ContainerDefinition toSdk(Desired c) {
        ContainerDefinition.Builder sdk = ContainerDefinition.builder()
                .name(c.required("Name"))
                .image(c.required("Image"))
                .essential(c.bool("Essential").orElse(null))
                .cpu(c.integer("Cpu").orElse(null))
                .memory(c.integer("Memory").orElse(null))
                .memoryReservation(c.integer("MemoryReservation").orElse(null))
                .command(nullIfEmpty(c.strings("Command")))
                .entryPoint(nullIfEmpty(c.strings("EntryPoint")))
                .workingDirectory(c.text("WorkingDirectory").orElse(null))
                .portMappings(c.objects("PortMappings").stream()
                        .map(ContainerDefinitions::portMapping)
                        .toList())
                .environment(c.objects("Environment").stream()
                        .map(e -> KeyValuePair.builder()
                                .name(e.required("Name"))
                                .value(e.text("Value").orElse(""))
                                .build())
                        .toList());
        c.object("LogConfiguration")
                .ifPresent(log -> sdk.logConfiguration(l -> l.logDriver(log.required("LogDriver"))
                        .options(log.object("Options")
                                .map(ContainerDefinitions::stringMap)
                                .orElse(null))));
        c.object("HealthCheck")
                .ifPresent(check -> sdk.healthCheck(h -> h.command(check.strings("Command"))
                        .interval(check.integer("Interval").orElse(null))
                        .timeout(check.integer("Timeout").orElse(null))
                        .retries(check.integer("Retries").orElse(null))
                        .startPeriod(check.integer("StartPeriod").orElse(null))));
        return sdk.build();
    }

    private static PortMapping portMapping(Desired p) {
        return PortMapping.builder()
                .containerPort(p.integer("ContainerPort").orElse(null))
                .hostPort(p.integer("HostPort").orElse(null))
                // ECS wants lower-case "tcp"/"udp"; diagrams may say "TCP".
                .protocol(p.text("Protocol").map(String::toLowerCase).orElse(null))
                .name(p.text("Name").orElse(null))
                .appProtocol(p.text("AppProtocol").orElse(null))
                .build();
    }

    private static ObjectNode fromSdk(ContainerDefinition c) {
        StateBuilder node = StateBuilder.of(c.name())
                .put("Name", c.name())
                .put("Image", c.image())
                .put("Essential", c.essential())
                .put("Cpu", c.cpu() == null || c.cpu() == 0 ? null : c.cpu())
                .put("Memory", c.memory())
                .put("MemoryReservation", c.memoryReservation())
                .putStrings("Command", c.command())
                .putStrings("EntryPoint", c.entryPoint());
        ArrayNode ports = Desired.newObject().arrayNode();
        c.portMappings().forEach(p -> {
            ObjectNode port = ports.addObject().put("ContainerPort", p.containerPort());
            if (p.hostPort() != null) {
                port.put("HostPort", p.hostPort());
            }
            if (p.protocol() != null) {
                port.put("Protocol", p.protocolAsString());
            }
            if (p.name() != null) {
                port.put("Name", p.name());
            }
        });
        ArrayNode environment = Desired.newObject().arrayNode();
        c.environment()
                .forEach(e -> environment.addObject().put("Name", e.name()).put("Value", e.value()));
        return node.put("PortMappings", ports.isEmpty() ? null : ports)
                .put("Environment", environment.isEmpty() ? null : environment)
                .build()
                .properties();
    }

    private static java.util.Map<String, String> stringMap(Desired object) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        object.node().propertyNames().forEach(name -> map.put(name, object.required(name)));
        return map;
    }

    private static List<String> nullIfEmpty(List<String> values) {
        return values.isEmpty() ? null : values;
    }
}
