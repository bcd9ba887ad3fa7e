package dev.gantry.template;

import dev.gantry.model.InvalidInputException;
import java.util.Locale;

/** The two notations CloudFormation reads; YAML is written with the short-form tags ({@code !Ref}, {@code !GetAtt}). */
public enum TemplateFormat {
    YAML("application/yaml", "yaml"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    TemplateFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code yaml} (also {@code yml}) or {@code json}, any case; null means YAML. */
    public static TemplateFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return YAML;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yaml", "yml" -> YAML;
            case "json" -> JSON;
            default ->
                throw new InvalidInputException("format", "Unknown template format `" + text + "`: use yaml or json");
        };
    }
}
