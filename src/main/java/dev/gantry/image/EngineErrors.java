package dev.gantry.image;

import com.github.dockerjava.api.exception.DockerException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engine's own words out of docker-java's exceptions, which wrap them as {@code Status 404: {"message":…}}. */
final class EngineErrors {

    private EngineErrors() {}

    static String message(RuntimeException e) {
        if (e instanceof DockerException docker) {
            String text = docker.getMessage();
            int json = text == null ? -1 : text.indexOf('{');
            if (json >= 0) {
                try {
                    JsonNode body = JsonMapper.shared().readTree(text.substring(json));
                    if (body.hasNonNull("message")) {
                        return body.get("message").asString();
                    }
                } catch (RuntimeException notJson) {
                    // the text as it came is the best we have
                }
            }
            return text;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
