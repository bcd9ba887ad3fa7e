package dev.gantry.image;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import java.util.Optional;

/**
 * Follows the engine's push stream. A failed push still answers HTTP 200: the failure is an item of the stream
 * ({@code {"errorDetail":{"message":…}}}), so each item is checked and the first error kept, in the engine's words.
 */
final class PushCallback extends ResultCallback.Adapter<PushResponseItem> {

    private final PushTracker run;
    private volatile String error;

    PushCallback(PushTracker run) {
        this.run = run;
    }

    @Override
    public void onNext(PushResponseItem item) {
        if (item.isErrorIndicated()) {
            if (error == null) {
                error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage()
                        : item.getError();
            }
            return;
        }
        if (item.getAux() != null && item.getAux().getDigest() != null) {
            run.digest(item.getAux().getDigest());
        }
        if (item.getStatus() == null) {
            return;
        }
        if (item.getId() != null) {
            ResponseItem.ProgressDetail detail = item.getProgressDetail();
            run.layer(
                    item.getId(),
                    item.getStatus(),
                    bytes(detail == null ? null : detail.getCurrent()),
                    bytes(detail == null ? null : detail.getTotal()));
        } else {
            run.line(item.getStatus());
        }
    }

    /** The first error the stream reported, if any. */
    Optional<String> error() {
        return Optional.ofNullable(error);
    }

    private static long bytes(Long value) {
        return value == null ? 0 : value;
    }
}
