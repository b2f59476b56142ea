package dev.moodleaws.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BundleTest {

    private final Bundle bundle = new Bundle(List.of(new BundleFile(Bundle.TEMPLATE, "Resources: {}\n", false),
            new BundleFile("config.php", "<?php\n", false)));

    @Test
    void aDerivedValueIsComputedOnceAndShared() {
        AtomicInteger computed = new AtomicInteger();
        String first = bundle.derived("length", String.class, b -> {
            computed.incrementAndGet();
            return b.content(Bundle.TEMPLATE).trim();
        });
        String second = bundle.derived("length", String.class, b -> {
            computed.incrementAndGet();
            return "other";
        });

        assertEquals("Resources: {}", first);
        assertSame(first, second);
        assertEquals(1, computed.get());
    }

    @Test
    void derivedValuesAreKeptPerKeyAndPerBundle() {
        Bundle other = new Bundle(List.of(new BundleFile(Bundle.TEMPLATE, "x: 1\n", false)));

        assertEquals(2, bundle.files().size());
        assertEquals("a", bundle.derived("a", String.class, b -> "a"));
        assertEquals("b", bundle.derived("b", String.class, b -> "b"));
        assertEquals("x: 1", other.derived("a", String.class, b -> b.content(Bundle.TEMPLATE).trim()));
    }

    @Test
    void aValueOfAnotherTypeUnderTheSameKeyIsRefused() {
        bundle.derived("k", String.class, b -> "text");

        assertThrows(ClassCastException.class, () -> bundle.derived("k", Integer.class, b -> 1));
    }
}
