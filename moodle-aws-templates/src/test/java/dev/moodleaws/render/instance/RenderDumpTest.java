package dev.moodleaws.render.instance;

import dev.moodleaws.core.bundle.BundleFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RenderDumpTest {
    @Test
    void dump() throws Exception {
        Path out = Path.of("target/rendered-instance");
        for (BundleFile f : Fixtures.render(Fixtures.deployment()).files()) {
            Path p = out.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
        }
    }
}
