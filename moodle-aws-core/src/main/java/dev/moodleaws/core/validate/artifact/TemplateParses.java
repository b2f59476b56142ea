package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Optional;

/** TPL-001: the template is a YAML mapping with a Resources section. */
final class TemplateParses implements ArtifactRule {
    private static final RuleInfo INFO = new RuleInfo("TPL-001", Severity.ERROR,
            "The CloudFormation template is YAML with a Resources section",
            "Fix the template override that produced it, or report a defect in the built-in template.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Bundle bundle, Findings out) {
        Optional<TemplateTree.Parsed> parsed = TemplateTree.parsed(bundle);
        if (parsed.isEmpty()) {
            out.inArtifact(Bundle.TEMPLATE, 0, "the bundle has no " + Bundle.TEMPLATE);
            return;
        }
        if (parsed.get().tree().isEmpty()) {
            out.inArtifact(Bundle.TEMPLATE, 0, "the template is not a YAML mapping: " + parsed.get().problem());
            return;
        }
        TemplateTree tree = parsed.get().tree().get();
        if (tree.resources().isEmpty()) {
            out.inArtifact(Bundle.TEMPLATE, 1, "the template has no resources");
        }
    }
}
