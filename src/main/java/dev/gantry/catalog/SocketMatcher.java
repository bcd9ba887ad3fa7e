package dev.gantry.catalog;

import java.util.Locale;

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
        if (output.direction() != Socket.SocketDirection.OUTPUT || input.direction() != Socket.SocketDirection.INPUT) {
            return false;
        }
        for (String in : input.annotations()) {
            String suffix = in.toLowerCase(Locale.ROOT);
            for (String out : output.annotations()) {
                if (out.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
