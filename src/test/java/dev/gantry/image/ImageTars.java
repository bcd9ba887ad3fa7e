package dev.gantry.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A tiny image in {@code docker save} format, built in memory: {@code manifest.json}, the config and one layer
 * holding one file. Tests load it into the engine, since there is no registry to pull from.
 */
public final class ImageTars {

    private ImageTars() {}

    public static byte[] image(String repoTag, String fileContent) {
        byte[] layer = tar(new Entry("hello.txt", fileContent.getBytes(StandardCharsets.UTF_8)));
        String diffId = "sha256:" + sha256(layer);
        byte[] config = """
                {"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z",
                 "config":{"Cmd":["/hello.txt"]},
                 "rootfs":{"type":"layers","diff_ids":["%s"]},
                 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"Gantry's image push test"}]}
                """.formatted(diffId).getBytes(StandardCharsets.UTF_8);
        String configName = sha256(config) + ".json";
        String layerName = sha256(layer) + "/layer.tar";
        byte[] manifest = """
                [{"Config":"%s","RepoTags":["%s"],"Layers":["%s"]}]
                """.formatted(configName, repoTag, layerName).getBytes(StandardCharsets.UTF_8);
        return tar(new Entry("manifest.json", manifest), new Entry(configName, config), new Entry(layerName, layer));
    }

    private record Entry(String name, byte[] content) {}

    private static byte[] tar(Entry... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (Entry entry : entries) {
                TarArchiveEntry header = new TarArchiveEntry(entry.name());
                header.setSize(entry.content().length);
                header.setMode(0644);
                header.setModTime(0);
                tar.putArchiveEntry(header);
                tar.write(entry.content());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
