package dev.gantry.template;

import dev.gantry.GantryException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A template that is not YAML or JSON, or not shaped like a CloudFormation template; nothing was stored. */
public class MalformedTemplateException extends GantryException {

    private final @Nullable Integer line;
    private final @Nullable Integer column;

    MalformedTemplateException(String message, @Nullable Integer line, @Nullable Integer column) {
        super(Kind.BAD_REQUEST, "malformed-template", "Malformed template", message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the problem, when the parser knows it. */
    public @Nullable Integer line() {
        return line;
    }

    public @Nullable Integer column() {
        return column;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (line != null) {
            details.put("line", line);
        }
        if (column != null) {
            details.put("column", column);
        }
        return details;
    }
}
