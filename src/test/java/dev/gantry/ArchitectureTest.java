package dev.gantry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The rules of the house (DESIGN.md): one-way dependencies, and each outside SDK behind one package. */
class ArchitectureTest {

    private static final JavaClasses GANTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gantry");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.gantry.(*)..").should().beFreeOfCycles().check(GANTRY);
    }

    @Test
    void onlyTheUiPackageImportsVaadin() {
        noClasses().that().resideOutsideOfPackage("dev.gantry.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(GANTRY);
    }

    @Test
    void onlyTheAwsPackageImportsTheAwsSdk() {
        noClasses().that().resideOutsideOfPackage("dev.gantry.aws..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .check(GANTRY);
    }

    @Test
    void onlyTheImagePackageImportsDockerJava() {
        noClasses().that().resideOutsideOfPackage("dev.gantry.image..")
                .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
                .check(GANTRY);
    }

    @Test
    void viewsNeverTouchRepositoriesOrEntities() {
        noClasses().that().resideInAnyPackage("dev.gantry.ui..", "dev.gantry.api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(GANTRY);
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirRootPackage() {
        for (String module : new String[] {"catalog", "model", "changeset", "action", "aws", "image", "secret", "security"}) {
            noClasses().that().resideOutsideOfPackage("dev.gantry." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("dev.gantry." + module + ".(*)..")
                    .allowEmptyShould(true)
                    .check(GANTRY);
        }
    }
}
