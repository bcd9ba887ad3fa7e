package dev.gantry.catalog;

/** A user named an asset that the catalogue does not have. */
public class UnknownAssetException extends RuntimeException {

    private final String assetName;

    public UnknownAssetException(String assetName) {
        super("Unknown asset '" + assetName + "'");
        this.assetName = assetName;
    }

    public String assetName() {
        return assetName;
    }
}
