package dev.gantry.template;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * CloudFormation's intrinsic functions in their long JSON form ({@code {"Ref": "Vpc"}},
 * {@code {"Fn::GetAtt": ["Alb", "DNSName"]}}), and the YAML short-form tags that stand for them.
 */
final class Intrinsics {

    static final String REF = "Ref";
    static final String GET_ATT = "Fn::GetAtt";
    static final String CONDITION = "Condition";

    /** YAML tag → function, as CloudFormation's YAML reader knows them. */
    static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("!Ref", REF),
            Map.entry("!Condition", CONDITION),
            Map.entry("!GetAtt", GET_ATT),
            Map.entry("!Base64", "Fn::Base64"),
            Map.entry("!Cidr", "Fn::Cidr"),
            Map.entry("!FindInMap", "Fn::FindInMap"),
            Map.entry("!GetAZs", "Fn::GetAZs"),
            Map.entry("!ImportValue", "Fn::ImportValue"),
            Map.entry("!Join", "Fn::Join"),
            Map.entry("!Select", "Fn::Select"),
            Map.entry("!Split", "Fn::Split"),
            Map.entry("!Sub", "Fn::Sub"),
            Map.entry("!Transform", "Fn::Transform"),
            Map.entry("!And", "Fn::And"),
            Map.entry("!Equals", "Fn::Equals"),
            Map.entry("!If", "Fn::If"),
            Map.entry("!Not", "Fn::Not"),
            Map.entry("!Or", "Fn::Or"),
            Map.entry("!ToJsonString", "Fn::ToJsonString"),
            Map.entry("!Length", "Fn::Length"));

    /** Pseudo parameters: {@code Ref} to them is not a reference to a resource or a template parameter. */
    static final List<String> PSEUDO_PARAMETERS = List.of(
            "AWS::AccountId",
            "AWS::NotificationARNs",
            "AWS::NoValue",
            "AWS::Partition",
            "AWS::Region",
            "AWS::StackId",
            "AWS::StackName",
            "AWS::URLSuffix");

    static final String NO_VALUE = "AWS::NoValue";

    private Intrinsics() {}

    static ObjectNode ref(String logicalId) {
        return JsonNodeFactory.instance.objectNode().put(REF, logicalId);
    }

    static ObjectNode getAtt(String logicalId, String attribute) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putArray(GET_ATT).add(logicalId).add(attribute);
        return node;
    }

    /** The function a node calls ({@code Ref}, {@code Fn::If}, {@code Condition}), or null for plain data. */
    static @Nullable String function(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return null;
        }
        String key = node.propertyNames().iterator().next();
        return key.equals(REF) || key.equals(CONDITION) || key.startsWith("Fn::") ? key : null;
    }

    /** The short-form tag of a function, or null when YAML has none for it. */
    static @Nullable String tagOf(String function) {
        for (Map.Entry<String, String> e : SHORT_FORMS.entrySet()) {
            if (e.getValue().equals(function)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** {@code [logicalId, attribute]} of a GetAtt, in either form ({@code "A.B"} or {@code ["A", "B"]}); null if neither. */
    static @Nullable List<String> getAttParts(JsonNode argument) {
        if (argument.isString()) {
            String text = argument.asString();
            int dot = text.indexOf('.');
            return dot <= 0 || dot == text.length() - 1
                    ? null
                    : List.of(text.substring(0, dot), text.substring(dot + 1));
        }
        if (argument.isArray()
                && argument.size() == 2
                && argument.get(0).isString()
                && argument.get(1).isString()) {
            return List.of(argument.get(0).asString(), argument.get(1).asString());
        }
        return null;
    }
}
