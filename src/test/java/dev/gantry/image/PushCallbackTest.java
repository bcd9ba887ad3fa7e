package dev.gantry.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.PushResponseItem;
import dev.gantry.model.ComponentId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's push stream as dockerd 20.10 writes it, item by item. */
class PushCallbackTest {

    private final List<PushProgress> published = new ArrayList<>();
    private final PushTracker run = new PushTracker(
            ComponentId.random(), "hello:1.0", "127.0.0.1:5000/app:1.0", published::add, Clock.systemUTC());
    private final PushCallback stream = new PushCallback(run);

    @Test
    void anErrorInsideTheSuccessfulHttpAnswerIsThePushsFailureInTheEnginesWords() throws Exception {
        feed(
                "{\"status\":\"The push refers to repository [127.0.0.1:5000/app]\"}",
                "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"9f29328c85fd\"}",
                "{\"errorDetail\":{\"message\":\"unauthorized: authentication required\"},"
                        + "\"error\":\"unauthorized: authentication required\"}");

        assertThat(stream.error()).contains("unauthorized: authentication required");
    }

    @Test
    void layersBytesAndTheDigestAreFollowed() throws Exception {
        feed(
                "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"abc\"}",
                "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":512,\"total\":2048},\"id\":\"abc\"}",
                "{\"status\":\"Pushed\",\"progressDetail\":{},\"id\":\"abc\"}",
                "{\"status\":\"Layer already exists\",\"progressDetail\":{},\"id\":\"def\"}",
                "{\"status\":\"1.0: digest: sha256:1f44 size: 523\"}",
                "{\"progressDetail\":{},\"aux\":{\"Tag\":\"1.0\",\"Digest\":\"sha256:1f44\",\"Size\":523}}");
        run.succeed();

        PushRun done = run.snapshot();
        assertThat(stream.error()).isEmpty();
        assertThat(done.status()).isEqualTo(PushStatus.SUCCEEDED);
        assertThat(done.digest()).isEqualTo("sha256:1f44");
        assertThat(done.layers())
                .extracting(PushRun.Layer::id, PushRun.Layer::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("abc", "Pushed"),
                        org.assertj.core.groups.Tuple.tuple("def", "Layer already exists"));
        assertThat(done.bytesPushed()).isEqualTo(2048);
        assertThat(done.lines())
                .containsSubsequence(
                        "abc: Pushing",
                        "abc: Pushed",
                        "1.0: digest: sha256:1f44 size: 523",
                        "Pushed 127.0.0.1:5000/app:1.0");
        assertThat(published.getLast().status()).isEqualTo(PushStatus.SUCCEEDED);
    }

    private void feed(String... items) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String item : items) {
            stream.onNext(json.readValue(item, PushResponseItem.class));
        }
    }
}
