package dev.gantry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module contracts: each module's {@code package-info.java} declares which modules it may use, and other
 * modules use it only through its root package. Also regenerates {@code docs/architecture/}, which is committed,
 * so a change of the module structure shows in review.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(GantryApplication.class);

    @Test
    void modulesKeepTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() throws Exception {
        assertThat(MODULES.stream()).hasSizeGreaterThanOrEqualTo(10);
        for (ApplicationModule module : MODULES) {
            Class<?> packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            assertThat(packageInfo.getAnnotation(org.springframework.modulith.ApplicationModule.class))
                    .as("@ApplicationModule(allowedDependencies = ...) in %s's package-info.java", module.getName())
                    .isNotNull();
        }
    }

    @Test
    void writesTheModuleDocumentation() throws Exception {
        Path target = Path.of("docs/architecture");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(target.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(target.resolve("components.puml")).exists();
        assertThat(Files.readString(target.resolve("components.puml"))).contains("\"Change set\"", "\"Catalog\"");
    }
}
