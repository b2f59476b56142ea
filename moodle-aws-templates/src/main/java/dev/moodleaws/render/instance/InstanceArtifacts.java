package dev.moodleaws.render.instance;

import dev.moodleaws.core.bundle.BundleFile;
import java.util.List;
import java.util.Objects;

/**
 * What runs on the instances.
 *
 * @param webUserData    the web node boot script (starts with a shebang line)
 * @param stableUserData the stable node boot script (starts with a shebang line)
 * @param files          the files to put in the bundle (config.php, the scripts, the runbook)
 */
public record InstanceArtifacts(String webUserData, String stableUserData, List<BundleFile> files) {
    public InstanceArtifacts {
        Objects.requireNonNull(webUserData, "webUserData");
        Objects.requireNonNull(stableUserData, "stableUserData");
        files = List.copyOf(files);
    }
}
