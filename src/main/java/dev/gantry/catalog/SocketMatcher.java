package dev.gantry.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The one rule deciding whether an output socket may feed an input socket, used by the server (explicit
 * edges, implicit frame connections) and sent as data to the canvas.
 *
 * <p>An output fits an input when one of the input's annotations is a case-insensitive suffix of one of the
 * output's annotations ({@code arn<string>} fits {@code string}, not the reverse).
 */
public final class SocketMatcher {

    private SocketMatcher() {}

    public static boolean fits(Socket output, Socket input) {
        return fittingAnnotation(output, input) != null;
    }

    /**
     * The first of the input's annotations that the output fits on, or null when it fits on none. Frames match
     * every input of every component against the outputs around it after each edit, so this compares in place
     * rather than lower-casing copies (which was most of what reading a 1,000-component change set cost).
     */
    public static @Nullable String fittingAnnotation(Socket output, Socket input) {
        if (output.direction() != Socket.SocketDirection.OUTPUT || input.direction() != Socket.SocketDirection.INPUT) {
            return null;
        }
        for (String in : input.annotations()) {
            for (String out : output.annotations()) {
                if (endsWithIgnoringCase(out, in)) {
                    return in;
                }
            }
        }
        return null;
    }

    private static boolean endsWithIgnoringCase(String text, String suffix) {
        int start = text.length() - suffix.length();
        return start >= 0 && text.regionMatches(true, start, suffix, 0, suffix.length());
    }
}
