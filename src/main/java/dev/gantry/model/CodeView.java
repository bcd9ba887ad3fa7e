package dev.gantry.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.node.ObjectNode;

/** The desired state a component will send, in CloudFormation shape, secrets redacted. */
public record CodeView(
        @JsonProperty("TypeName") String typeName,
        @JsonProperty("DesiredState") ObjectNode desiredState) {}
