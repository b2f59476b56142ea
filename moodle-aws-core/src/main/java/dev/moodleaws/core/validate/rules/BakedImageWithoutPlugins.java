package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * IMG-003: a baked image does not carry the site's plugins yet. Plan pins each plugin's commit in a
 * stack parameter that the boot scripts read; the bake does not receive it, and the image's name (which
 * must change whenever what it holds changes) has no room for it, so a plugin upgrade would not make
 * a new image. Until it does, a site with plugins installs at boot.
 */
final class BakedImageWithoutPlugins implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("IMG-003", Severity.ERROR,
            "A baked image carries no plugins yet",
            "Write images.mode: install-at-boot for a site with moodle.plugins, or leave the plugins out of a baked site.",
            RuleSource.MOODLE_AWS, "https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-components.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        if (deployment.images().baked() && !deployment.moodle().plugins().isEmpty()) {
            out.at("images.mode", "a baked image does not carry plugins yet, and this site declares "
                    + deployment.moodle().plugins().size() + " under moodle.plugins: install them at boot.");
        }
    }
}
