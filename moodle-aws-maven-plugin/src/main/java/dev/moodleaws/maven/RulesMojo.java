package dev.moodleaws.maven;

import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.validate.RuleCatalog;
import dev.moodleaws.core.validate.RuleInfo;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists the rule catalog: every rule's ID, severity and title. Needs no project. */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {
    @Override
    public void execute() {
        RuleCatalog catalog;
        try (MoodleAws moodleAws = MoodleAws.standard()) {
            catalog = moodleAws.rules();
        }
        for (RuleInfo rule : catalog.rules()) {
            getLog().info(String.format("%-10s %-7s %s", rule.id(), rule.severity().label(), rule.title()));
        }
        getLog().info(catalog.rules().size() + " rules; the reference with fixes and sources is docs/rules.md.");
    }
}
