package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * A limit on the size of the template: TPL-006 tells above the 51,200 bytes CloudFormation accepts
 * inline (the deploy then needs an S3 bucket), TPL-007 fails above the 1 MB it accepts from S3.
 */
final class TemplateSize implements ArtifactRule {
    static final int INLINE_LIMIT = 51_200;
    static final int S3_LIMIT = 1_000_000;
    private static final String REFERENCE = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html";

    private final RuleInfo info;
    private final int limit;

    private TemplateSize(RuleInfo info, int limit) {
        this.info = info;
        this.limit = limit;
    }

    static TemplateSize inline() {
        return new TemplateSize(new RuleInfo("TPL-006", Severity.INFO,
                "The template fits the 51,200 bytes CloudFormation accepts inline",
                "Nothing to change: plan and deploy upload it to S3, to the bucket named with moodle-aws.bucket or "
                        + "to the deploy's own (moodle-aws-templates-<account>-<region>); the deploying credentials need "
                        + "the S3 calls the README lists.",
                RuleSource.AWS, REFERENCE), INLINE_LIMIT);
    }

    static TemplateSize fromS3() {
        return new TemplateSize(new RuleInfo("TPL-007", Severity.ERROR,
                "The template fits the 1 MB CloudFormation accepts from S3",
                "Shrink the boot scripts or the number of resources.", RuleSource.AWS, REFERENCE), S3_LIMIT);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(Deployment deployment, Bundle bundle, Findings out) {
        bundle.file(Bundle.TEMPLATE).filter(f -> f.sizeInBytes() > limit).ifPresent(f ->
                out.inArtifact(Bundle.TEMPLATE, 0, "the template is " + f.sizeInBytes() + " bytes, over " + limit));
    }
}
