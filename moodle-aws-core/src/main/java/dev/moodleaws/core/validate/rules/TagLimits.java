package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** TPL-020: the tags put on the stack and every resource are within AWS's limits. */
final class TagLimits implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("TPL-020", Severity.ERROR,
            "Tags are ones AWS accepts",
            "Keep each key of `tags` at most 128 characters and each value at most 256, and do not start a key with aws: (reserved by AWS).",
            RuleSource.AWS, "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment d, Findings out) {
        d.tags().forEach((key, value) -> {
            String path = "tags." + key;
            if (key.regionMatches(true, 0, "aws:", 0, 4)) {
                out.at(path, path + ": the tag key prefix aws: is reserved by AWS, which refuses the stack");
            } else if (key.length() > 128) {
                out.at(path, path + ": a tag key has at most 128 characters, this one " + key.length());
            }
            if (value.length() > 256) {
                out.at(path, path + ": a tag value has at most 256 characters, this one " + value.length());
            }
        });
    }
}
