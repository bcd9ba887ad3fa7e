package dev.gantry;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Gantry's own classes, not those Spring's ahead-of-time processing generates into {@code target/classes} when the
 * jar is packaged ({@code GantryApplication__BeanFactoryRegistrations}, {@code *__BeanDefinitions}): they wire every
 * module to every other by design, and the architecture rules are about the code people write.
 */
final class WrittenByHand implements ImportOption {

    /** Spring names what it generates {@code <Type>__<Purpose>}; no class of Gantry's has a double underscore. */
    private static final Pattern GENERATED = Pattern.compile(".*/[^/]*__[^/]*\\.class");

    @Override
    public boolean includes(Location location) {
        return !location.matches(GENERATED);
    }
}
