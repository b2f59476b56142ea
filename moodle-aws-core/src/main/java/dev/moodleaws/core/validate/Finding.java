package dev.moodleaws.core.validate;

import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.Suppression;
import dev.moodleaws.core.text.ControlCharacters;
import dev.moodleaws.core.text.SafeText;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found.
 *
 * @param rule        the rule
 * @param message     what is wrong, naming the offending value (secret-shaped text masked, control characters escaped)
 * @param subject     the descriptor key path ({@code database.engineVersion}) or the artifact
 *                    name ({@code cloudformation.yaml}) it is about
 * @param location    where to change it, or null when the model was not read from a file
 * @param suppression the descriptor's suppression that accepts it, or null
 */
public record Finding(RuleInfo rule, String message, String subject, Location location, Suppression suppression) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
        message = SafeText.of(message);
        subject = ControlCharacters.escape(subject);
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Optional<Location> where() {
        return Optional.ofNullable(location);
    }

    /** The same finding, accepted by a suppression. */
    public Finding suppressedBy(Suppression s) {
        return new Finding(rule, message, subject, location, s);
    }
}
