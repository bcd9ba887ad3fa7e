package dev.gantry.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PushTargetTest {

    @Test
    void theRegistryToLogInToIsTheHostOfTheRepositoryUri() {
        PushTarget target = new PushTarget("573113295293.dkr.ecr.us-east-1.amazonaws.com/demo-app-repo", "latest");

        assertThat(target.registry()).isEqualTo("573113295293.dkr.ecr.us-east-1.amazonaws.com");
        assertThat(target.reference()).isEqualTo("573113295293.dkr.ecr.us-east-1.amazonaws.com/demo-app-repo:latest");
    }

    @Test
    void aTagDockerWouldRefuseIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> new PushTarget("127.0.0.1:5000/app", "-v1"))
                .isInstanceOf(InvalidImageTagException.class)
                .hasMessageContaining("'-v1' is not a valid image tag");
        assertThatThrownBy(() -> new PushTarget("127.0.0.1:5000/app", "a/b"))
                .isInstanceOf(InvalidImageTagException.class);
        assertThat(new PushTarget("127.0.0.1:5000/app", "v1.2_rc-3").tag()).isEqualTo("v1.2_rc-3");
    }
}
