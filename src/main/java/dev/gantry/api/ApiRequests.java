package dev.gantry.api;

import dev.gantry.changeset.Conflict;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the REST API. A field a request cannot do without is checked as the body is read, so
 * that leaving it out is a 400 naming it ({@link MissingFieldException}), not a 404 about {@code null}. Each is a
 * named schema with a description and an example in the OpenAPI document.
 */
final class ApiRequests {

    private ApiRequests() {}

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    @Schema(description = "A new change set, forked from HEAD as it is now", example = "{\"name\":\"VPC\"}")
    record CreateChangeSet(
            @Schema(description = "What the change is about")
            String name) {}

    @Schema(
            description = "A new component: an instance of an asset, optionally inside a frame",
            example = "{\"name\":\"How to VPC\",\"asset\":\"AWS::EC2::VPC\",\"type\":\"down frame\","
                    + "\"properties\":{\"CidrBlock\":\"10.0.0.0/16\"}}")
    record CreateComponent(
            @Schema(description = "Its name on the canvas") String name,

            @Schema(
                    description = "The asset: a CloudFormation type or a hand-written asset's name",
                    example = "AWS::EC2::VPC",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String asset,

            @Schema(description = "component (the default), down frame or up frame", example = "down frame")
            String type,

            @Schema(description = "The frame it sits in; none puts it at the top level")
            UUID parent,

            @Schema(
                    description =
                            "Position relative to the parent; without x and y it is laid out beside its " + "siblings")
            Double x,

            Double y,

            @Schema(description = "Size of a frame; default 240")
            Double width,

            @Schema(description = "Size of a frame; default 120")
            Double height,

            @Schema(ref = "#/components/schemas/" + OpenApiConfiguration.PROPERTY_VALUES)
            ObjectNode properties) {
        CreateComponent {
            required(asset, "asset");
        }
    }

    @Schema(description = "A new name", example = "{\"name\":\"main vpc\"}")
    record Rename(String name) {
        Rename {
            required(name, "name");
        }
    }

    @Schema(description = "A position relative to the parent frame", example = "{\"x\":40,\"y\":80}")
    record Position(Double x, Double y) {
        Position {
            required(x, "x");
            required(y, "y");
        }
    }

    @Schema(description = "A frame's size", example = "{\"width\":600,\"height\":400}")
    record Size(Double width, Double height) {
        Size {
            required(width, "width");
            required(height, "height");
        }
    }

    @Schema(
            description = "The frame to move the component into; null puts it on the canvas, outside every frame",
            example = "{\"parent\":null}")
    record Parent(UUID parent) {}

    @Schema(description = "A component type: component, down frame or up frame", example = "{\"type\":\"up frame\"}")
    record Type(String type) {
        Type {
            required(type, "type");
        }
    }

    @Schema(
            description = "Copies of the selected components (and what is inside them) pasted into a frame; dx/dy: "
                    + "how far the copies land from the originals, 0 when left out",
            example = "{\"selection\":"
                    + "[\"6f1c2a9e-8d1b-4f5e-9a51-0c1f3b2d4e6a\"],\"parent\":null,\"dx\":40,\"dy\":40}")
    record Paste(List<UUID> selection, UUID parent, Double dx, Double dy) {
        Paste {
            required(selection, "selection");
            dx = dx == null ? 0 : dx;
            dy = dy == null ? 0 : dy;
        }
    }

    @Schema(
            description = "An edge from an output socket to an input socket",
            example = "{\"from\":"
                    + "\"6f1c2a9e-8d1b-4f5e-9a51-0c1f3b2d4e6a\",\"output\":\"Subnet Id\",\"to\":"
                    + "\"0b7d3c1e-2f4a-4b6c-8d9e-1a2b3c4d5e6f\",\"input\":\"Subnets\"}")
    record Connect(UUID from, String output, UUID to, String input) {
        Connect {
            required(from, "from");
            required(output, "output");
            required(to, "to");
            required(input, "input");
        }
    }

    @Schema(
            description = "A decision on one conflict with HEAD",
            example =
                    "{\"componentId\":"
                            + "\"6f1c2a9e-8d1b-4f5e-9a51-0c1f3b2d4e6a\",\"field\":\"domain.CidrBlock\",\"resolution\":\"KEEP_MINE\"}")
    record ResolveConflict(UUID componentId, String field, Conflict.Resolution resolution) {
        ResolveConflict {
            required(componentId, "componentId");
            required(field, "field");
            required(resolution, "resolution");
        }
    }

    @Schema(
            description = "An existing cloud resource to adopt as a component (import by id): nothing is created",
            example = "{\"asset\":\"AWS::EC2::SecurityGroup\",\"identifier\":\"sg-0abc\","
                    + "\"parent\":\"5f0c8e9e-2b1d-4c4e-9a57-1f2e3d4c5b6a\"}")
    record ImportResource(
            @Schema(
                    description = "The asset: a CloudFormation type",
                    example = "AWS::ECR::Repository",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String asset,

            @Schema(
                    description = "The resource's primary identifier (a group id, a repository name, an ARN)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String identifier,

            @Schema(description = "The frame it goes in; its Region and AWS Credential are used to read it")
            UUID parent,

            @Schema(description = "Its name on the canvas; default: its Name tag, its name, or its identifier")
            String name) {
        ImportResource {
            required(asset, "asset");
            required(identifier, "identifier");
        }
    }

    @Schema(
            description = "What to discover: where to look (a frame providing Region and AWS Credential, or a "
                    + "credential and a region), which types, and an optional filter",
            example = "{\"parent\":\"5f0c8e9e-2b1d-4c4e-9a57-1f2e3d4c5b6a\",\"vpcId\":\"vpc-0abc\"}")
    record Discover(
            @Schema(description = "The frame the resources go in; its Region and AWS Credential say where to look")
            UUID parent,

            @Schema(description = "Instead of parent: an AWS Credential component (with region)")
            UUID credential,

            @Schema(description = "With credential: the region to look in", example = "us-east-1")
            String region,

            @Schema(description = "CloudFormation types; default every type with a native listing")
            List<String> types,

            @Schema(description = "Only what belongs to this VPC", example = "vpc-0abc")
            String vpcId,

            @Schema(description = "Only resources with this tag, Key=Value or Key", example = "team=web")
            String tag) {}

    @Schema(
            description = "Which drifted properties to take from the cloud; none named: all of them",
            example = "{\"properties\":[\"Tags\"]}")
    record AcceptDrift(
            @Schema(description = "Property names") List<String> properties) {}

    @Schema(
            description = "A local image to push to the repository",
            example = "{\"image\":" + "\"infrastructureascode/hello-world:latest\",\"tag\":\"latest\"}")
    record PushImage(
            @Schema(description = "A local image's name or id")
            String image,

            @Schema(description = "The tag to push as; defaults to latest")
            String tag) {
        PushImage {
            required(image, "image");
        }
    }

    @Schema(
            description = "A local account for a new member of the workspace, with their role",
            example = "{\"username\":\"alice\",\"password\":\"a-long-password\",\"role\":\"collaborator\"}")
    record NewMember(
            @Schema(description = "The name to sign in with")
            String username,

            @Schema(description = "The password to sign in with")
            String password,

            @Schema(description = "viewer, collaborator, approver or owner", example = "collaborator")
            String role) {}

    @Schema(description = "A member's new role in the workspace", example = "{\"role\":\"approver\"}")
    record MemberRole(
            @Schema(description = "viewer, collaborator, approver or owner")
            String role) {}

    @Schema(description = "A new personal access token", example = "{\"name\":\"ci\"}")
    record NewToken(
            @Schema(description = "What the token is for; shown in the list of tokens")
            String name) {}

    @Schema(
            description = "A rejection of a change set, with the reviewer's reason",
            example = "{\"comment\":\"The security group opens port 22 to the world\"}")
    record Reject(
            @Schema(description = "Why the change set is rejected (required)")
            String comment) {}

    @Schema(description = "The workspace's review settings", example = "{\"minApprovals\":1}")
    record WorkspaceSettings(
            @Schema(description = "How many approvals a change set with cloud actions needs", example = "1")
            int minApprovals) {}

    @Schema(
            description = "A CloudFormation template to import into the change set: YAML or JSON text, short-form "
                    + "intrinsics (!Ref, !GetAtt) included",
            example = "{\"template\":\"Resources:\\n  Vpc:\\n    Type: AWS::EC2::VPC\\n    Properties:\\n"
                    + "      CidrBlock: 10.0.0.0/16\\n\"}")
    record ImportTemplate(
            @Schema(description = "The template's text", requiredMode = Schema.RequiredMode.REQUIRED)
            String template,

            @Schema(
                    description = "The frame to put the template's components in (a Region frame, say); none puts "
                            + "them at the top level, in a Region frame when the template was exported by Gantry")
            UUID parent) {
        ImportTemplate {
            required(template, "template");
        }
    }
}
