package dev.moodleaws.render.instance;

import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.TemplateEngine;
import java.util.List;

/** Renders config.php and the boot scripts of the web and stable nodes. */
public final class InstanceRenderer {
    private final TemplateEngine engine;

    public InstanceRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public InstanceArtifacts render(Deployment deployment) {
        String web = "#!/bin/bash\nset -euo pipefail\necho 'web node'\n";
        String stable = "#!/bin/bash\nset -euo pipefail\necho 'stable node'\n";
        return new InstanceArtifacts(web, stable, List.of(
                new BundleFile("instances/web-user-data.sh", web, true),
                new BundleFile("instances/stable-user-data.sh", stable, true)));
    }

    TemplateEngine engine() {
        return engine;
    }
}
