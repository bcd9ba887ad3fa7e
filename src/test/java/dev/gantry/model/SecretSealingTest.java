package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.catalog.CatalogService;
import org.junit.jupiter.api.Test;

/** The model never holds a secret's plaintext: it checks the value, then keeps only what the sealer made of it. */
class SecretSealingTest {

    private final Model model = new Model(
            CatalogService.shared(),
            new CatalogRuleChecker(),
            plaintext -> "sealed(" + new StringBuilder(plaintext).reverse() + ")");

    @Test
    void aSecretIsSealedAsSoonAsItIsSetAndTheCodeViewRedactsIt() {
        Component credential = model.add(
                "creds",
                "AWS Credential",
                ComponentType.DOWN_FRAME,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"AccessKeyId\":\"AKIA1\",\"SecretAccessKey\":\"abc\"}"));

        assertThat(credential.secrets().get("SecretAccessKey").asString()).isEqualTo("sealed(cba)");
        assertThat(credential.toString()).doesNotContain("\"abc\"");
        assertThat(model.code(credential.id())
                        .desiredState()
                        .get("SecretAccessKey")
                        .asString())
                .isEqualTo("<redacted>");
        assertThat(model.qualifications(credential.id())).isEmpty();
    }

    @Test
    void aRefusedSecretIsNotRepeatedInTheRefusal() {
        Component credential =
                model.add("creds", "AWS Credential", ComponentType.DOWN_FRAME, null, Geometry.DEFAULT, null);

        assertThatThrownBy(() ->
                        model.updateProperties(credential.id(), Diagram.obj("{\"SecretAccessKey\":[\"do-not-echo\"]}")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("SecretAccessKey")
                .hasMessageNotContaining("do-not-echo")
                .satisfies(e -> assertThat(((InvalidValueException) e).value().toString())
                        .doesNotContain("do-not-echo"));
    }
}
