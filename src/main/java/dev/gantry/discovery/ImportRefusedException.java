package dev.gantry.discovery;

import dev.gantry.GantryException;

/**
 * An import or discovery the cloud cannot serve as asked: the identifier names nothing there, the cloud refuses
 * it as malformed, or the asset has no resource to import. Nothing was stored.
 */
public class ImportRefusedException extends GantryException {

    public ImportRefusedException(String message) {
        super(Kind.INVALID, "import-refused", "Nothing to import", message);
    }
}
