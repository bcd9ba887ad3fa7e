package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.Socket;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Checks one resolved component: catalogue rules, required values, frame inputs that could not be decided. */
final class Qualifier {

    private final Model model;
    private final PropertyChecker checker;

    Qualifier(Model model, PropertyChecker checker) {
        this.model = model;
        this.checker = checker;
    }

    List<Qualification> qualify(ResolvedComponent resolved) {
        Component c = resolved.component();
        Asset asset = model.asset(c);
        List<Qualification> found = new ArrayList<>();
        if (c.damage() != null) {
            found.add(new Qualification(
                    Qualification.Severity.ERROR,
                    "unreadable",
                    "stored data",
                    "Part of `" + c.name() + "` as stored could not be read and shows a default instead (" + c.damage()
                            + "); check it and edit it to store it again"));
        }
        for (Property property : asset.properties().values()) {
            JsonNode value = property.secret()
                    ? c.secrets().get(property.name())
                    : resolved.domain().get(property.name());
            if (value == null || value.isNull()) {
                missing(property, resolved, found);
            } else if (!property.secret()) { // a secret was checked in plaintext when set; it is sealed now
                checker.check(property, value)
                        .forEach(v -> found.add(new Qualification(
                                Qualification.Severity.ERROR,
                                v.rule(),
                                v.path(),
                                "Value " + value + " of `" + v.path() + "` " + v.message())));
            }
        }
        resolved.ambiguities()
                .forEach(a -> found.add(new Qualification(
                        Qualification.Severity.WARNING, "ambiguous frame input", a.input(), a.explanation())));
        for (Socket input : asset.inputs()) {
            long drawn = model.graph().edgesInto(c.id()).stream()
                    .filter(e -> e.input().equals(input.name()))
                    .count();
            if (input.arity() == Socket.Arity.ONE && drawn > 1) {
                found.add(new Qualification(
                        Qualification.Severity.WARNING,
                        "several edges",
                        input.name(),
                        "input `" + input.name() + "` takes one value but " + drawn + " edges lead to it"));
            }
        }
        return found;
    }

    private void missing(Property property, ResolvedComponent resolved, List<Qualification> found) {
        if (!property.required()) {
            return;
        }
        ValueSource source = resolved.sources().get(property.name());
        if (source != null && source.kind() == ValueSource.Kind.PENDING) {
            found.add(new Qualification(
                    Qualification.Severity.INFO,
                    "pending",
                    property.name(),
                    "`" + property.name() + "` arrives once `" + sourceName(source) + "` exists in the cloud"));
        } else {
            found.add(new Qualification(
                    Qualification.Severity.ERROR,
                    "required",
                    property.name(),
                    "`" + property.name() + "` is required: set it or connect a socket that provides it"));
        }
    }

    private String sourceName(ValueSource source) {
        return source.connections().stream()
                .findFirst()
                .flatMap(c -> model.find(c.from()))
                .map(Component::name)
                .orElse("its source");
    }
}
