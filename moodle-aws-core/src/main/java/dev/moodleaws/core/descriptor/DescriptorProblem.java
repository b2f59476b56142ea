package dev.moodleaws.core.descriptor;

import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.text.ControlCharacters;
import dev.moodleaws.core.text.SafeText;
import java.util.Objects;

/**
 * One thing wrong with a descriptor.
 *
 * @param location where it is (file, 1-based line and column; line 0 when the whole file is meant)
 * @param path     key path, for example {@code database.readers}; empty for the file as a whole
 * @param message  what is wrong and what is allowed; never contains a secret value (secret-shaped text is masked, control characters escaped)
 */
public record DescriptorProblem(Location location, String path, String message) {

    public DescriptorProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        path = ControlCharacters.escape(path);
        message = SafeText.of(message);
    }

    /** The compiler-style line shown to users: {@code moodle-aws.yaml:12:5: error: database.readers: ...}. */
    public String format() {
        String where = path.isEmpty() ? "" : path + ": ";
        return location + ": error: " + where + message;
    }
}
