package dev.gantry.template;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Logical ids made from component names: CloudFormation wants them alphanumeric and unique in the template, so
 * {@code How to VPC} becomes {@code HowToVPC}, {@code demo-app-ecr-repo} {@code DemoAppEcrRepo}, and a second
 * {@code Public 1} {@code Public12}.
 */
final class LogicalIds {

    private static final int MAX_LENGTH = 255;
    private final Set<String> taken = new HashSet<>();

    /** Reserves a name (a template parameter, an id read from a template) so no made id collides with it. */
    void reserve(String id) {
        taken.add(id.toLowerCase(Locale.ROOT));
    }

    String of(String name, String fallback) {
        String base = camel(name);
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = camel(fallback) + base;
        }
        base = base.length() > MAX_LENGTH - 4 ? base.substring(0, MAX_LENGTH - 4) : base;
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + n;
        }
        return id;
    }

    /** Words (runs of letters and digits) with their first letter upper-cased, the rest kept. */
    static String camel(String name) {
        StringBuilder id = new StringBuilder(name.length());
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                id.append(wordStart ? Character.toUpperCase(c) : c);
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        return id.toString();
    }
}
