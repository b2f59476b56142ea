package dev.moodleaws.maven;

import dev.moodleaws.core.descriptor.PropertySource;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Fills {@code ${name}} placeholders of the descriptor the way Maven users expect: command-line
 * {@code -D} properties first, then the project's properties, then Java system properties;
 * {@code env.NAME} reads an environment variable.
 */
final class MavenProperties implements PropertySource {
    private final Properties user;
    private final Properties project;
    private final Properties system;
    private final Map<String, String> environment;

    MavenProperties(Properties user, Properties project, Properties system, Map<String, String> environment) {
        this.user = user;
        this.project = project;
        this.system = system;
        this.environment = environment;
    }

    @Override
    public Optional<String> get(String name) {
        if (name.startsWith("env.")) {
            return Optional.ofNullable(environment.get(name.substring(4)));
        }
        for (Properties p : new Properties[] {user, project, system}) {
            String v = p == null ? null : p.getProperty(name);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
