package dev.gantry.changeset;

import dev.gantry.GantryException;
import java.util.Map;

/** An import names a resource some component already manages (or is about to adopt): one resource, one owner. */
public class AlreadyManagedException extends GantryException {

    private final String identifier;

    public AlreadyManagedException(String identifier, String componentName) {
        super(
                Kind.CONFLICT,
                "already-managed",
                "Resource already managed",
                "`" + identifier + "` is already managed by `" + componentName + "`: nothing was imported");
        this.identifier = identifier;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("identifier", identifier);
    }
}
