package dev.gantry;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The rules of the house (DESIGN.md): one-way dependencies, each outside SDK behind one package, the model free
 * of Spring. {@code ModulesTest} checks each module's declared dependencies on top of these. Every rule is shown
 * to fail on classes that break it ({@code HouseRuleBreaker} in the test sources), so none passes vacuously.
 */
class ArchitectureTest {

    /** Gantry's classes plus the test sources' rule breakers, imported once (importing is the slow part). */
    private static final JavaClasses GANTRY_WITH_BREACHES = new ClassFileImporter()
            .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                    || location.contains("HouseRuleBreaker"))
            .withImportOption(new WrittenByHand())
            .importPackages("dev.gantry");

    private static final JavaClasses GANTRY = GANTRY_WITH_BREACHES.that(not(simpleName("HouseRuleBreaker")));

    private static final ArchRule NO_CYCLES =
            slices().matching("dev.gantry.(*)..").should().beFreeOfCycles();

    private static final ArchRule ONLY_UI_IMPORTS_VAADIN = onlyInside("ui", "com.vaadin..");

    private static final ArchRule ONLY_AWS_IMPORTS_THE_AWS_SDK = onlyInside("aws", "software.amazon.awssdk..");

    private static final ArchRule ONLY_IMAGE_IMPORTS_DOCKER_JAVA = onlyInside("image", "com.github.dockerjava..");

    private static final ArchRule VIEWS_NEVER_TOUCH_REPOSITORIES_OR_ENTITIES = noClasses()
            .that()
            .resideInAnyPackage("dev.gantry.ui..", "dev.gantry.api..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class);

    /** The module declaration in package-info.java is metadata for ModulesTest, not a use of Spring. */
    private static final ArchRule MODEL_AND_CATALOG_IMPORT_NO_SPRING = noClasses()
            .that()
            .resideInAnyPackage("dev.gantry.model..", "dev.gantry.catalog..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.springframework..")
                    .and(not(resideInAPackage("org.springframework.modulith.."))))
            .because("the model and the catalogue are plain Java: the application wires them");

    private static final ArchRule MODULES_USE_EACH_OTHER_ONLY_THROUGH_THEIR_ROOT_PACKAGE = throughRootPackagesOnly();

    private static final ArchRule NO_VAADIN_ICON_SET = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.vaadin.flow.component.icon.Icon")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.vaadin.flow.component.icon.VaadinIcon")
            .because("Vaadin's Icon puts its whole set of 600 icons (240 KB) into every page's scripts;"
                    + " ui.GantryIcon draws from Gantry's own sprite");

    @Test
    void featurePackagesHaveNoCycles() {
        NO_CYCLES.check(GANTRY);
    }

    @Test
    void onlyTheUiPackageImportsVaadin() {
        ONLY_UI_IMPORTS_VAADIN.check(GANTRY);
    }

    @Test
    void onlyTheAwsPackageImportsTheAwsSdk() {
        ONLY_AWS_IMPORTS_THE_AWS_SDK.check(GANTRY);
    }

    @Test
    void onlyTheImagePackageImportsDockerJava() {
        ONLY_IMAGE_IMPORTS_DOCKER_JAVA.check(GANTRY);
    }

    @Test
    void viewsNeverTouchRepositoriesOrEntities() {
        VIEWS_NEVER_TOUCH_REPOSITORIES_OR_ENTITIES.check(GANTRY);
    }

    @Test
    void modelAndCatalogImportNoSpring() {
        MODEL_AND_CATALOG_IMPORT_NO_SPRING.check(GANTRY);
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirRootPackage() {
        MODULES_USE_EACH_OTHER_ONLY_THROUGH_THEIR_ROOT_PACKAGE.check(GANTRY);
    }

    @Test
    void iconsComeFromGantrysSpriteNotVaadinsIconSet() {
        NO_VAADIN_ICON_SET.check(GANTRY);
    }

    @Test
    void everyRuleFailsOnCodeThatBreaksIt() {
        Map<String, ArchRule> rules = Map.of(
                "no cycles",
                NO_CYCLES,
                "Vaadin",
                ONLY_UI_IMPORTS_VAADIN,
                "AWS SDK",
                ONLY_AWS_IMPORTS_THE_AWS_SDK,
                "docker-java",
                ONLY_IMAGE_IMPORTS_DOCKER_JAVA,
                "repositories",
                VIEWS_NEVER_TOUCH_REPOSITORIES_OR_ENTITIES,
                "Spring in the model",
                MODEL_AND_CATALOG_IMPORT_NO_SPRING,
                "root packages",
                MODULES_USE_EACH_OTHER_ONLY_THROUGH_THEIR_ROOT_PACKAGE,
                "icon set",
                NO_VAADIN_ICON_SET);
        rules.forEach(
                (name, rule) -> assertThat(rule.evaluate(GANTRY_WITH_BREACHES).hasViolation())
                        .as("the %s rule catches HouseRuleBreaker", name)
                        .isTrue());
    }

    private static ArchRule onlyInside(String module, String outsidePackage) {
        return noClasses()
                .that()
                .resideOutsideOfPackage("dev.gantry." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(outsidePackage);
    }

    /** One rule per module that has sub-packages (today ui.canvas); other modules reach none of them. */
    private static ArchRule throughRootPackagesOnly() {
        SortedSet<String> modules = new TreeSet<>();
        for (JavaClass c : GANTRY) {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 3) {
                modules.add(parts[2]);
            }
        }
        assertThat(modules).as("modules with internal sub-packages").isNotEmpty();
        CompositeArchRule rule = null;
        for (String module : modules) {
            ArchRule one = noClasses()
                    .that()
                    .resideOutsideOfPackage("dev.gantry." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("dev.gantry." + module + ".(*)..");
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        return rule;
    }
}
