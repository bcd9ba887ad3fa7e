package dev.gantry.template;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a template written in YAML or JSON (JSON is YAML) into a JSON tree whose intrinsic functions are in long
 * form, and writes a tree back as YAML (short-form tags) or JSON. SnakeYAML Engine composes the node tree, which
 * keeps the {@code !Ref}-style tags that Jackson's YAML reader drops, and the line of every node.
 */
final class TemplateText {

    /** A parsed template and the 1-based line each resource starts on, for findings. */
    record Parsed(ObjectNode tree, Map<String, Integer> resourceLines) {}

    private static final int MAX_DEPTH = 64;
    private static final int MAX_CODE_POINTS = 1_000_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TemplateText() {}

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedTemplateException("The template is empty", null, null);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel("template")
                .setSchema(new CoreSchema())
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(50)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw malformed(e.getProblem() == null ? e.getMessage() : e.getProblem(), mark);
        } catch (YamlEngineException e) {
            throw new MalformedTemplateException(e.getMessage(), null, null);
        }
        Node node = root.orElseThrow(() -> new MalformedTemplateException("The template is empty", null, null));
        if (!(node instanceof MappingNode)) {
            throw malformed("A template is a mapping with a Resources section", mark(node));
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        ObjectNode tree = (ObjectNode) toJson(node, 0);
        resourceLines((MappingNode) node, lines);
        return new Parsed(tree, lines);
    }

    static String write(ObjectNode template, TemplateFormat format) {
        if (format == TemplateFormat.JSON) {
            return JSON.writeValueAsString(template) + "\n";
        }
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(4096)
                .setSplitLines(false)
                .build();
        return new Dump(settings, new ShortForms(settings)).dumpToString(plain(template));
    }

    // ---- reading

    private static JsonNode toJson(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("The template nests deeper than " + MAX_DEPTH + " levels", mark(node));
        }
        String tag = node.getTag().getValue();
        if (tag.startsWith("!")) {
            String function = Intrinsics.SHORT_FORMS.get(tag);
            if (function == null) {
                throw malformed(
                        "Unknown tag " + tag + ": CloudFormation knows " + Intrinsics.SHORT_FORMS.keySet(), mark(node));
            }
            JsonNode argument = untagged(node, depth);
            if (function.equals(Intrinsics.GET_ATT) && argument.isString()) {
                List<String> parts = Intrinsics.getAttParts(argument);
                if (parts == null) {
                    throw malformed("!GetAtt takes LogicalId.Attribute, not `" + argument.asString() + "`", mark(node));
                }
                ArrayNode pair = NODES.arrayNode().add(parts.get(0)).add(parts.get(1));
                return NODES.objectNode().set(function, pair);
            }
            return NODES.objectNode().set(function, argument);
        }
        return untagged(node, depth);
    }

    private static JsonNode untagged(Node node, int depth) {
        return switch (node) {
            case ScalarNode scalar -> scalar(scalar);
            case SequenceNode sequence -> {
                ArrayNode array = NODES.arrayNode();
                sequence.getValue().forEach(item -> array.add(toJson(item, depth + 1)));
                yield array;
            }
            case MappingNode mapping -> {
                ObjectNode object = NODES.objectNode();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        throw malformed("A mapping key must be a plain value", mark(tuple.getKeyNode()));
                    }
                    if (object.has(key.getValue())) {
                        throw malformed("Duplicate key `" + key.getValue() + "`", mark(key));
                    }
                    object.set(key.getValue(), toJson(tuple.getValueNode(), depth + 1));
                }
                yield object;
            }
            default -> throw malformed("Unexpected YAML node", mark(node));
        };
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.getValue().startsWith("!")) {
            return NODES.stringNode(value); // the argument of a short-form function is its text
        }
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return NODES.booleanNode(value.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.INT)) {
            try {
                BigInteger number = parseInteger(value);
                if (number.bitLength() < 32) {
                    return NODES.numberNode(number.intValue());
                }
                return number.bitLength() < 64 ? NODES.numberNode(number.longValue()) : NODES.numberNode(number);
            } catch (NumberFormatException e) {
                return NODES.stringNode(value);
            }
        }
        if (tag.equals(Tag.FLOAT)) {
            try {
                return NODES.numberNode(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                return NODES.stringNode(value);
            }
        }
        return NODES.stringNode(value);
    }

    private static BigInteger parseInteger(String text) {
        String t = text.replace("_", "");
        if (t.startsWith("0x")) {
            return new BigInteger(t.substring(2), 16);
        }
        if (t.startsWith("0o")) {
            return new BigInteger(t.substring(2), 8);
        }
        return new BigInteger(t);
    }

    private static void resourceLines(MappingNode root, Map<String, Integer> lines) {
        for (NodeTuple section : root.getValue()) {
            if (section.getKeyNode() instanceof ScalarNode key
                    && key.getValue().equals("Resources")
                    && section.getValueNode() instanceof MappingNode resources) {
                for (NodeTuple resource : resources.getValue()) {
                    if (resource.getKeyNode() instanceof ScalarNode id) {
                        Integer line = lineOf(id);
                        if (line != null) {
                            lines.put(id.getValue(), line);
                        }
                    }
                }
            }
        }
    }

    private static @Nullable Integer lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(null);
    }

    private static @Nullable Mark mark(Node node) {
        return node.getStartMark().orElse(null);
    }

    private static MalformedTemplateException malformed(String problem, @Nullable Mark mark) {
        if (mark == null) {
            return new MalformedTemplateException(problem, null, null);
        }
        int line = mark.getLine() + 1;
        int column = mark.getColumn() + 1;
        return new MalformedTemplateException(
                "Line " + line + ", column " + column + ": " + problem.strip(), line, column);
    }

    // ---- writing

    /** A value written with a short-form tag ({@code !Ref Vpc}). */
    private record Tagged(String tag, Object value) {}

    /** The tree as plain maps and lists, intrinsic functions as {@link Tagged} values where YAML has a tag. */
    private static @Nullable Object plain(JsonNode node) {
        String function = Intrinsics.function(node);
        String tag = function == null ? null : Intrinsics.tagOf(function);
        if (tag != null) {
            JsonNode argument = node.get(function);
            List<String> parts = function.equals(Intrinsics.GET_ATT) ? Intrinsics.getAttParts(argument) : null;
            Object value = parts != null ? parts.get(0) + "." + parts.get(1) : plain(argument);
            return new Tagged(tag, value == null ? "" : value);
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new java.util.ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asString();
    }

    /**
     * Strings YAML 1.1 readers (CloudFormation's, PyYAML's) would take for something else: dates such as a policy's
     * {@code 2012-10-17}, yes/no/on/off, sexagesimal and octal-looking numbers. They are quoted when written.
     */
    private static final java.util.regex.Pattern YAML11_SPECIAL = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}([Tt ].*)?|(?i:y|n|yes|no|on|off|true|false|null|~)|[-+]?\\d[\\d_]*(:[0-5]?\\d)+(\\.\\d*)?"
                    + "|[-+]?0[0-7_]+|[-+]?0b[01_]+|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");

    /** Represents {@link Tagged} values as their argument's node carrying the tag, and quotes YAML 1.1 lookalikes. */
    private static final class ShortForms extends StandardRepresenter {
        ShortForms(DumpSettings settings) {
            super(settings);
            org.snakeyaml.engine.v2.api.RepresentToNode strings = representers.get(String.class);
            representers.put(
                    String.class,
                    data -> YAML11_SPECIAL.matcher((String) data).matches()
                            ? representScalar(
                                    Tag.STR, (String) data, org.snakeyaml.engine.v2.common.ScalarStyle.SINGLE_QUOTED)
                            : strings.representData(data));
            representers.put(Tagged.class, data -> {
                Tagged tagged = (Tagged) data;
                Node node = representData(tagged.value());
                node.setTag(new Tag(tagged.tag()));
                return node;
            });
        }
    }
}
