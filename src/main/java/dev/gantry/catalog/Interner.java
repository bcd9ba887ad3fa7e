package dev.gantry.catalog;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Canonicalises equal immutable values (strings, properties, types) so the thousands of repeated shapes in the
 * catalogue (Tags, KeyValuePair, the same documentation sentence) are held once. Used only while loading.
 */
final class Interner {

    private final Map<Object, Object> canonical = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> @Nullable T intern(@Nullable T value) {
        if (value == null) {
            return null;
        }
        Object existing = canonical.putIfAbsent(value, value);
        return existing == null ? value : (T) existing;
    }
}
