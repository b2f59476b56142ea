package dev.moodleaws.core.validate;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.Cache;
import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.FileStorage;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Monitoring;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.Network;
import dev.moodleaws.core.model.SourceMap;
import dev.moodleaws.core.model.StableNode;
import dev.moodleaws.core.model.Suppression;
import dev.moodleaws.core.model.WebFleet;
import java.util.List;
import java.util.Map;

/** Rules for tests of the validator and the reports: each reports the problems it was given. */
public final class FixedRules {
    public static final String DESCRIPTOR = "moodle-aws.yaml";

    public static final RuleInfo ENGINE = new RuleInfo("TDB-004", Severity.ERROR,
            "The database engine version is supported by the Moodle version",
            "Set database.engineVersion to a version the Moodle release supports.",
            RuleSource.MOODLE, "https://moodledev.io/general/releases");
    public static final RuleInfo TYPES = new RuleInfo("TWEB-003", Severity.WARNING,
            "The web fleet lists 3 to 6 instance types",
            "List 3 to 6 instance types from at least two families.", RuleSource.GUIDE, "Spot web fleet");
    public static final RuleInfo NOTE = new RuleInfo("TWEB-009", Severity.INFO,
            "Spot capacity can run short",
            "Keep the On-Demand base capacity above zero.", RuleSource.AWS, "");
    public static final RuleInfo DELETION = new RuleInfo("TCFN-001", Severity.ERROR,
            "Every stateful resource has a DeletionPolicy",
            "Keep DeletionPolicy: Snapshot on the database.", RuleSource.AWS,
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html");

    private FixedRules() {
    }

    /** A model rule reporting, for each pair, a finding at the key path with the message. */
    public static ModelRule model(RuleInfo info, String... pathThenMessage) {
        return new ModelRule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(Deployment deployment, Findings out) {
                for (int i = 0; i < pathThenMessage.length; i += 2) {
                    out.at(pathThenMessage[i], pathThenMessage[i + 1]);
                }
            }
        };
    }

    /** An artifact rule reporting one finding in the rendered template at {@code line}. */
    public static ArtifactRule artifact(RuleInfo info, int line, String message) {
        return new ArtifactRule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(Deployment deployment, Bundle bundle, Findings out) {
                out.inArtifact(Bundle.TEMPLATE, line, message);
            }
        };
    }

    /** Where the test descriptor wrote its values. */
    public static SourceMap sourceMap() {
        return SourceMap.of(DESCRIPTOR, Map.of(
                "database.engineVersion", new Location(DESCRIPTOR, 12, 5),
                "web.instanceTypes", new Location(DESCRIPTOR, 20, 3),
                "web.instanceTypes[1]", new Location(DESCRIPTOR, 22, 7),
                "suppressions[0]", new Location(DESCRIPTOR, 40, 5),
                "suppressions[0].rule", new Location(DESCRIPTOR, 40, 11),
                "suppressions[0].reason", new Location(DESCRIPTOR, 41, 13),
                "suppressions[1]", new Location(DESCRIPTOR, 42, 5),
                "suppressions[1].rule", new Location(DESCRIPTOR, 42, 11)));
    }

    /** A deployment that was read from the test descriptor, with these suppressions. */
    public static Deployment deployment(SourceMap sources, List<Suppression> suppressions) {
        // The canonical constructor: Deployment.builder() starts from a Moodle without wwwroot.
        return new Deployment("campus", "eu-west-1", Map.of(),
                Moodle.builder().wwwroot("https://learn.example.org").build(),
                Network.builder().build(), Database.builder().build(), FileStorage.builder().build(),
                Cache.builder().build(), StableNode.builder().build(), WebFleet.builder().build(),
                LoadBalancer.builder().certificateArn(
                        "arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666").build(),
                null, Backup.builder().build(), Monitoring.builder().build(), null,
                suppressions, List.of(), sources);
    }

    public static Deployment deployment(List<Suppression> suppressions) {
        return deployment(sourceMap(), suppressions);
    }

    /** An empty rendered bundle. */
    public static Bundle bundle() {
        return new Bundle(List.of());
    }
}
