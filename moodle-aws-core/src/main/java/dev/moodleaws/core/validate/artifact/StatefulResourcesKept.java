package dev.moodleaws.core.validate.artifact;

import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.Set;

/** TPL-004: every resource that holds data states its DeletionPolicy and UpdateReplacePolicy. */
final class StatefulResourcesKept extends TemplateRule {
    /** Resource types whose deletion or replacement loses data or secrets. */
    static final Set<String> STATEFUL = Set.of("AWS::RDS::DBCluster", "AWS::RDS::DBInstance",
            "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster", "AWS::EFS::FileSystem",
            "AWS::SecretsManager::Secret", "AWS::S3::Bucket", "AWS::DynamoDB::Table", "AWS::EC2::Volume");
    private static final RuleInfo INFO = new RuleInfo("TPL-004", Severity.ERROR,
            "Every stateful resource has a DeletionPolicy and an UpdateReplacePolicy",
            "Give databases and caches Snapshot, file systems and secrets Retain, for both policies.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(TemplateTree template, Findings out) {
        template.resources().forEach((id, resource) -> TemplateTree.type(resource).filter(STATEFUL::contains).ifPresent(type -> {
            for (String policy : new String[] {"DeletionPolicy", "UpdateReplacePolicy"}) {
                if (TemplateTree.get(resource, policy).isEmpty()) {
                    out.inArtifact(FILE, TemplateTree.line(resource), id + " (" + type + ") has no " + policy);
                }
            }
        }));
    }
}
