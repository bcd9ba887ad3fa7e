package dev.gantry.discovery;

import dev.gantry.changeset.ChangeSetId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A discovery as it stands: which type it is at and how far, and once done, how many components it drew into
 * which change set, and what it had to leave out.
 *
 * @param status   {@code running}, {@code succeeded} or {@code failed}
 * @param phase    what it is doing now, for people ({@code Reading AWS::EC2::Subnet 3 of 6})
 * @param drawn    components added to the change set
 * @param managed  resources found that a component already manages: connected to, not drawn again
 * @param findings what could not be listed, read or drawn, one sentence each
 */
public record DiscoveryView(
        UUID id,
        ChangeSetId changeSetId,
        String status,
        String phase,
        List<TypeProgress> types,
        int drawn,
        int managed,
        List<String> findings,
        String startedBy,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    public DiscoveryView {
        types = List.copyOf(types);
        findings = List.copyOf(findings);
    }

    /** How far one type got: listed, read, and kept by the filter. */
    public record TypeProgress(String type, int listed, int read, int kept) {}
}
