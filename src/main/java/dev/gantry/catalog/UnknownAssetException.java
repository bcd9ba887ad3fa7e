package dev.gantry.catalog;

import dev.gantry.GantryException;
import java.util.Map;

/** A user named an asset that the catalogue does not have. */
public class UnknownAssetException extends GantryException {

    private final String assetName;

    public UnknownAssetException(String assetName) {
        super(Kind.BAD_REQUEST, "unknown-asset", "Unknown asset", "Unknown asset '" + assetName + "'");
        this.assetName = assetName;
    }

    public String assetName() {
        return assetName;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("asset", assetName);
    }
}
