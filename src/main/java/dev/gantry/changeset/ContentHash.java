package dev.gantry.changeset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/** A digest of exactly what a change set changes, so an approval covers that content and nothing else. */
final class ContentHash {

    private ContentHash() {}

    static String of(LoadedChangeSet loaded) {
        MessageDigest digest = sha256();
        loaded.overlay.values().stream()
                .sorted(Comparator.comparing(r -> r.id().value()))
                .forEach(r -> update(digest, r.id() + "|" + r.removal() + "|" + ComponentCodec.write(r.data())));
        loaded.overlayEdges.stream()
                .map(e -> e.edge() + "|" + e.removed())
                .sorted()
                .forEach(line -> update(digest, line));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String line) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
