package dev.gantry;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private static final ApplicationModules MODULES = ApplicationModules.of(
            GantryApplication.class,
            location ->
                    new ImportOption.DoNotIncludeTests().includes(location) && new WrittenByHand().includes(location));

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
        try (var files = Files.list(target)) {
            for (Path file : files.toList()) {
                Files.write(file, inOrder(Files.readAllLines(file)));
            }
        }
        assertThat(target.resolve("components.puml")).exists();
        assertThat(Files.readString(target.resolve("components.puml"))).contains("\"Change set\"", "\"Catalog\"");
    }

    /**
     * Documenter lists relations (PlantUML {@code Rel(...)} lines) and beans and events (AsciiDoc {@code * ...} items
     * of a table cell) in no fixed order; sorted, the committed documents change only when the modules do.
     */
    private static List<String> inOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean cell = false;
        for (String line : lines) {
            boolean item = line.startsWith("Rel(") || line.startsWith("* ");
            if (line.startsWith("|* ")) {
                flush(run, cell, out);
                cell = true;
                run.add(line.substring(1));
                continue;
            }
            if (item) {
                run.add(line);
                continue;
            }
            flush(run, cell, out);
            cell = false;
            out.add(line);
        }
        flush(run, cell, out);
        return out;
    }

    private static void flush(List<String> run, boolean cell, List<String> out) {
        List<String> sorted = run.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            out.add(cell && i == 0 ? "|" + sorted.get(i) : sorted.get(i));
        }
        run.clear();
    }
}
