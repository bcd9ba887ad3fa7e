package dev.gantry.api;

import dev.gantry.changeset.ChangeSetId;
import dev.gantry.template.TemplateFormat;
import dev.gantry.template.TemplateImport;
import dev.gantry.template.TemplateService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** CloudFormation templates: a change set (or HEAD) exported as one, and one imported into a change set. */
@RestController
@Tag(name = "CloudFormation templates")
class TemplateController {

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    @GetMapping("/api/change-sets/{changeSet}/template")
    @Operation(
            summary = "The change set as a CloudFormation template that deploys as one stack",
            description = "Every resource component is a resource (logical id from its name); connections are Ref or "
                    + "Fn::GetAtt; sub-assets and policy statements fold into their resource's properties; secrets "
                    + "become NoEcho parameters; credentials never appear; Regions are the stack's region "
                    + "(Metadata.Gantry.Regions). Metadata.Gantry keeps names and frames so that an import gives "
                    + "the same diagram back.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The template, as an attachment",
                            content = {
                                @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                                @Content(
                                        mediaType = "application/json",
                                        schema =
                                                @Schema(
                                                        ref = "#/components/schemas/"
                                                                + OpenApiConfiguration.CLOUDFORMATION_TEMPLATE))
                            }))
    ResponseEntity<byte[]> export(
            @PathVariable String changeSet,
            @RequestParam(required = false) @Schema(allowableValues = {"yaml", "json"}) String format,
            @RequestParam(required = false)
                    @Parameter(
                            description = "Only this frame (e.g. one Region), what it holds and the frames around it: "
                                    + "a stack lives in one Region")
                    String frame) {
        ChangeSetId id = Ids.changeSet(changeSet);
        TemplateFormat parsed = TemplateFormat.parse(format);
        byte[] body = templates
                .export(id, parsed, frame == null ? null : Ids.component(frame))
                .getBytes(StandardCharsets.UTF_8);
        String filename = "gantry-" + (id.isHead() ? "head" : id.toString()) + "." + parsed.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(parsed.mediaType() + ";charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping("/api/change-sets/{changeSet}/template")
    @Operation(
            summary = "Import a CloudFormation template into the change set",
            description = "Resources become components, Ref and Fn::GetAtt connections, parameters with defaults "
                    + "values, and containment is inferred (a subnet referring to a VPC goes inside its frame). What a "
                    + "diagram cannot represent (conditions, Fn::If, custom resources, macros) is listed in findings. "
                    + "A malformed template is a 400 naming the line, and nothing is stored.")
    TemplateImport importTemplate(@PathVariable String changeSet, @RequestBody ApiRequests.ImportTemplate request) {
        return templates.importTemplate(Ids.changeSet(changeSet), request.template(), Ids.component(request.parent()));
    }
}
