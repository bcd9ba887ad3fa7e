package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Three-way merge of one component's stored data, field by field: {@code base} is HEAD as the change set last
 * rested on it, {@code head} is HEAD now, {@code mine} is the change set's. A field the change set did not
 * change follows HEAD (that is the rebase); a field both changed differently is a conflict.
 */
final class FieldMerge {

    private static final List<String> GROUPS = List.of("domain", "secrets");

    /**
     * Where a component sits on the diagram. Moved or resized on both sides, the change set's layout wins without a
     * conflict: layout changes nothing in AWS, and frames grow and shrink by themselves as their contents change, so
     * two change sets touching one frame would otherwise block each other over a few pixels.
     */
    static final String LAYOUT = "geometry";

    private FieldMerge() {}

    /** What the change set shows: its own changes over HEAD's current state. */
    static ObjectNode effective(ObjectNode base, ObjectNode head, ObjectNode mine) {
        if (base == null || head == null) {
            return mine;
        }
        Map<String, JsonNode> b = fields(base);
        Map<String, JsonNode> h = fields(head);
        Map<String, JsonNode> m = fields(mine);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String f : union(b, h, m)) {
            JsonNode value = Objects.equals(m.get(f), b.get(f)) ? h.get(f) : m.get(f);
            if (value != null) {
                out.put(f, value);
            }
        }
        return unflatten(out);
    }

    static List<Conflict> conflicts(ComponentId id, ObjectNode base, ObjectNode head, ObjectNode mine) {
        List<Conflict> found = new ArrayList<>();
        if (base == null || (head == null && mine == null)) {
            return found;
        }
        String name = (mine != null ? mine : base).path("name").asString("");
        if (head == null || mine == null) {
            boolean otherSideChanged = head == null
                    ? !Objects.equals(fields(base), fields(mine))
                    : !Objects.equals(fields(base), fields(head));
            if (otherSideChanged) {
                found.add(new Conflict(id, name, "component", base, head, mine));
            }
            return found;
        }
        Map<String, JsonNode> b = fields(base);
        Map<String, JsonNode> h = fields(head);
        Map<String, JsonNode> m = fields(mine);
        for (String f : union(b, h, m)) {
            if (!f.equals(LAYOUT)
                    && !Objects.equals(b.get(f), h.get(f))
                    && !Objects.equals(b.get(f), m.get(f))
                    && !Objects.equals(h.get(f), m.get(f))) {
                found.add(new Conflict(id, name, f, b.get(f), h.get(f), m.get(f)));
            }
        }
        return found;
    }

    /** The new base after writing {@code mine}: HEAD now, except fields still in conflict keep their old base. */
    static ObjectNode rebasedBase(ObjectNode oldBase, ObjectNode head, ObjectNode mine) {
        if (head == null || oldBase == null || mine == null) {
            return head == null ? oldBase : head;
        }
        Map<String, JsonNode> b = fields(oldBase);
        Map<String, JsonNode> h = fields(head);
        Map<String, JsonNode> m = fields(mine);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String f : union(b, h, m)) {
            boolean conflict = !Objects.equals(b.get(f), h.get(f))
                    && !Objects.equals(b.get(f), m.get(f))
                    && !Objects.equals(h.get(f), m.get(f));
            JsonNode value = conflict ? b.get(f) : h.get(f);
            if (value != null) {
                out.put(f, value);
            }
        }
        return unflatten(out);
    }

    /** Sets one field of stored data (used to resolve a conflict). */
    static ObjectNode with(ObjectNode data, String field, JsonNode value) {
        Map<String, JsonNode> f = fields(data);
        if (value == null) {
            f.remove(field);
        } else {
            f.put(field, value);
        }
        return unflatten(f);
    }

    static Map<String, JsonNode> fields(ObjectNode data) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (data == null) {
            return out;
        }
        for (var e : data.properties()) {
            if (GROUPS.contains(e.getKey()) && e.getValue().isObject()) {
                e.getValue().properties().forEach(p -> out.put(e.getKey() + "." + p.getKey(), p.getValue()));
            } else if (!e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static ObjectNode unflatten(Map<String, JsonNode> fields) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        GROUPS.forEach(data::putObject);
        fields.forEach((f, v) -> {
            int dot = f.indexOf('.');
            if (dot > 0 && GROUPS.contains(f.substring(0, dot))) {
                ((ObjectNode) data.get(f.substring(0, dot))).set(f.substring(dot + 1), v);
            } else {
                data.set(f, v);
            }
        });
        if (!data.has("parent")) {
            data.putNull("parent");
        }
        return data;
    }

    @SafeVarargs
    private static Set<String> union(Map<String, JsonNode>... maps) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, JsonNode> m : maps) {
            keys.addAll(m.keySet());
        }
        return keys;
    }
}
