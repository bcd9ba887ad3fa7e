package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Drift between what HEAD wants and what a refresh read, and the changes the diff implies to import or restore. */
class DriftTest {

    private final Model head =
            new Model(dev.gantry.catalog.CatalogService.shared(), new CatalogRuleChecker(), SecretSealer.PLAINTEXT);

    @Test
    void onlyPropertiesTheCloudReportsDifferentlyDriftAndListsCompareWithoutOrder() {
        List<Drift.Property> drift = Drift.between(
                Diagram.obj("{\"Port\":80,\"Subnets\":[\"a\",\"b\"],\"Tags\":[{\"Key\":\"team\",\"Value\":\"web\"}],"
                        + "\"Name\":\"x\",\"Unreported\":\"y\"}"),
                Diagram.obj(
                        "{\"Port\":\"80\",\"Subnets\":[\"b\",\"a\"],\"Tags\":[{\"Key\":\"team\",\"Value\":\"ops\"}],"
                                + "\"Name\":\"x\",\"Arn\":\"arn:1\"}"));

        assertThat(drift).extracting(Drift.Property::name).containsExactly("Tags");
        assertThat(drift.getFirst().actual().toString()).contains("ops");
    }

    @Test
    void aComponentThatAdoptsAResourcePlansAnImportAndARestoreOfADriftedOnePlansAnUpdate() {
        ComponentId sg = head.add(
                        "sg",
                        "AWS::EC2::SecurityGroup",
                        ComponentType.COMPONENT,
                        null,
                        Geometry.DEFAULT,
                        Diagram.obj("{\"GroupDescription\":\"web\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"web\"}]}"))
                .id();
        head.recordResource(
                sg,
                new ResourceData(
                        "sg-1",
                        ResourceStatus.OK,
                        null,
                        Diagram.obj("{\"GroupDescription\":\"web\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"ops\"}]}"),
                        Diagram.obj("{\"GroupId\":\"sg-1\"}")));
        Model cs = Model.of(
                dev.gantry.catalog.CatalogService.shared(),
                new CatalogRuleChecker(),
                SecretSealer.PLAINTEXT,
                head.components(),
                head.edges());
        Component repo = cs.add("repo", "AWS::ECR::Repository", ComponentType.COMPONENT, null, Geometry.DEFAULT, null);
        cs.markImported(repo.id(), "made-outside");
        cs.requestRestore(sg);

        ModelDiff.Result diff = ModelDiff.between(head, cs, Set.of(repo.id(), sg), Map.of());

        assertThat(head.drift(sg)).extracting(Drift.Property::name).containsExactly("Tags");
        assertThat(diff.actions())
                .extracting(
                        a -> a.kind() + " " + a.componentName() + " " + a.identifier() + " " + a.changedProperties())
                .containsExactlyInAnyOrder("IMPORT repo made-outside []", "UPDATE sg sg-1 [Tags]");
    }
}
