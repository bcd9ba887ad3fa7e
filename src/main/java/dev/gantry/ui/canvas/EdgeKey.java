package dev.gantry.ui.canvas;

import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import java.util.UUID;

/**
 * An edge's id on the canvas, which must name the connection well enough to disconnect it: kind, both ends
 * and both sockets. Socket names never contain '|' or ','.
 */
public record EdgeKey(ComponentId from, String output, ComponentId to, String input) {

    public static String of(Connection c) {
        return (c.implicit() ? "i|" : "x|") + c.from() + "|" + c.output() + "|" + c.to() + "|" + c.input();
    }

    public static EdgeKey parse(String id) {
        String[] parts = id.split("\\|");
        if (parts.length != 5) {
            throw new IllegalArgumentException("Not an edge id: " + id);
        }
        return new EdgeKey(
                new ComponentId(UUID.fromString(parts[1])),
                parts[2],
                new ComponentId(UUID.fromString(parts[3])),
                parts[4]);
    }
}
