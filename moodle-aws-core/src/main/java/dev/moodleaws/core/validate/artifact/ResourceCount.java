package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** TPL-008: at most 500 resources in one template. */
final class ResourceCount extends TemplateRule {
    static final int LIMIT = 500;
    private static final RuleInfo INFO = new RuleInfo("TPL-008", Severity.ERROR,
            "The template declares at most 500 resources",
            "Use fewer availability zones or fewer readers.", RuleSource.AWS,
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(TemplateTree template, Findings out) {
        int count = template.resources().size();
        if (count > LIMIT) {
            int line = template.section("Resources").map(TemplateTree::line).orElse(0);
            out.inArtifact(FILE, line, "the template declares " + count + " resources, over " + LIMIT);
        }
    }
}
