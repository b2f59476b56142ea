package dev.moodleaws.render.instance;

import dev.moodleaws.core.bundle.BundleFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What runs on the instances.
 *
 * @param webUserData    the web node boot script (starts with a shebang line)
 * @param stableUserData the stable node boot script (starts with a shebang line)
 * @param bakeScript     the script EC2 Image Builder runs once to bake the nodes' image (starts with a
 *                       shebang line); empty when the nodes install at boot
 * @param files          the files to put in the bundle (config.php, the scripts, the runbook)
 */
public record InstanceArtifacts(String webUserData, String stableUserData, Optional<String> bakeScript,
                                List<BundleFile> files) {
    public InstanceArtifacts {
        Objects.requireNonNull(webUserData, "webUserData");
        Objects.requireNonNull(stableUserData, "stableUserData");
        Objects.requireNonNull(bakeScript, "bakeScript");
        files = List.copyOf(files);
    }
}
