package dev.gantry.api;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.UnknownAssetException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The asset catalogue over HTTP: the palette's search and each asset's full schema. */
@RestController
@RequestMapping("/api/assets")
@Tag(name = "Assets", description = "CloudFormation resource types, sub-assets and hand-written assets")
public class AssetController {

    static final int MAX_LIMIT = 200;

    private final Catalog catalog;

    public AssetController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Search assets by name, service and documentation words, best match first")
    public List<AssetSummary> search(
            @Parameter(description = "words or a type name, e.g. 'subnet' or 'AWS::ECS::Service'")
                    @RequestParam(name = "q", defaultValue = "")
                    String query,
            @Parameter(description = "at most this many results (1-200)")
                    @RequestParam(name = "limit", defaultValue = "20")
                    int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        return catalog.search(query, bounded).stream().map(AssetSummary::of).toList();
    }

    @GetMapping("/{type}")
    @Operation(summary = "The full schema of one asset, with properties, rules and sockets")
    @ApiResponse(responseCode = "404", description = "no asset of that name")
    public AssetSchema asset(
            @Parameter(description = "asset name, e.g. AWS::EC2::Subnet or 'Listener DefaultActions'")
                    @PathVariable("type")
                    String type) {
        return AssetSchema.of(catalog.require(type));
    }

    @ExceptionHandler(UnknownAssetException.class)
    ProblemDetail unknownAsset(UnknownAssetException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No asset named '" + e.assetName() + "'. Search with GET /api/assets?q=...");
        problem.setTitle("Unknown asset");
        return problem;
    }
}
