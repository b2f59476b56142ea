package dev.moodleaws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.deploy.Plan;
import dev.moodleaws.core.deploy.PlannedChange;
import dev.moodleaws.core.deploy.ReplacementRefusedException;
import dev.moodleaws.core.deploy.fake.FakeCloudFormation;
import dev.moodleaws.core.deploy.fake.FakeTime;
import dev.moodleaws.core.deploy.fake.RecordedRequest;
import dev.moodleaws.core.deploy.fake.RecordingListener;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.resolve.FakeSourceLookup;
import dev.moodleaws.render.RenderResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plan and deploy of site changes the change set alone does not explain, against the fake
 * CloudFormation (real SDK marshalling): each plugin's git ref is pinned to the commit it points at
 * when planned, the plan lists the plugins added, upgraded and removed against the pins the stack
 * holds, a removal is refused unless allowed by the plugin's name, and a database restored from a
 * snapshot is shown replaced by the snapshot's data.
 */
class PlanOfSiteChangesTest {
    private static final String CERTIFICATE =
            "arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666";
    private static final String ATTENDANCE = "https://github.com/danmarsden/moodle-mod_attendance.git";
    private static final String OLD = "1".repeat(40);
    private static final String NEW = "2".repeat(40);
    private static final String SHA = "ab".repeat(32);
    private static final String SITE = """
            name: campus
            region: eu-west-1
            moodle:
              wwwroot: https://learn.example.org
              plugins:
                - component: mod_attendance
                  git: %s
                  ref: MOODLE_405_STABLE
                - component: local_probe
                  zip: https://downloads.example.org/local_probe.zip
                  sha256: %s
            loadBalancer:
              certificateArn: %s
            """.formatted(ATTENDANCE, SHA, CERTIFICATE);

    private static final Deployment site = read();
    private static final RenderResult rendered = MoodleAws.standard().render(site);

    private final FakeTime time = new FakeTime();

    private static Deployment read() {
        try {
            return MoodleAws.standard().read("moodle-aws.yaml", SITE);
        } catch (dev.moodleaws.core.descriptor.DescriptorException e) {
            throw new AssertionError(e);
        }
    }

    /** A deployed stack whose PluginVersions parameter holds {@code pins}. */
    private static void deployedWith(FakeCloudFormation fake, String pins) {
        fake.existingStack("campus", "UPDATE_COMPLETE", Map.of(), Map.of()).parameter("PluginVersions", pins);
    }
    private final RecordingListener listener = new RecordingListener();

    private static FakeSourceLookup lookup() {
        FakeSourceLookup lookup = new FakeSourceLookup();
        lookup.commits.put("https://github.com/moodle/moodle.git#MOODLE_405_STABLE", "c".repeat(40));
        lookup.commits.put(ATTENDANCE + "#MOODLE_405_STABLE", NEW);
        lookup.parameters.put("/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
                "ami-0123456789abcdef0");
        return lookup;
    }

    private MoodleAws moodleAws(FakeCloudFormation fake) {
        return MoodleAws.builder().awsSettings(fake.clientSettings()).clock(time).sleeper(time).sourceLookup(lookup())
                .build();
    }

    private static DeployRequest request(RecordingListener listener, String... allowed) {
        return DeployRequest.builder().listener(listener)
                .options(o -> o.templateBucket("templates", "").allowReplacement(allowed)).build();
    }

    @Test
    void aNewStackPinsEachGitRefToItsCommitAndListsEveryPluginAsAdded() throws Exception {
        try (FakeCloudFormation fake = FakeCloudFormation.start(time); MoodleAws moodleAws = moodleAws(fake)) {
            Plan plan = moodleAws.plan(site, rendered, request(listener));

            assertEquals("mod_attendance=" + NEW + " local_probe=" + SHA, parameter(fake, "PluginVersions"));
            assertEquals(List.of("ADD mod_attendance", "ADD local_probe"), plugins(plan));
            assertTrue(plan.deployable());
            assertTrue(listener.transcript().contains("ADD mod_attendance (Moodle::Plugin) will be added"),
                    listener.transcript());
            assertTrue(listener.transcript().contains("git " + ATTENDANCE + " MOODLE_405_STABLE at " + NEW),
                    listener.transcript());
        }
    }

    @Test
    void planListsUpgradedAndRemovedPluginsAndRefusesTheRemoval() throws Exception {
        try (FakeCloudFormation fake = FakeCloudFormation.start(time); MoodleAws moodleAws = moodleAws(fake)) {
            deployedWith(fake, "mod_attendance=" + OLD + " local_probe=" + SHA + " block_gone=" + OLD);

            Plan plan = moodleAws.plan(site, rendered, request(listener));

            assertEquals(List.of("MODIFY mod_attendance", "REMOVE block_gone"), plugins(plan));
            PlannedChange upgrade = plan.changes().stream().filter(c -> c.logicalId().equals("mod_attendance"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("git " + ATTENDANCE + " MOODLE_405_STABLE: " + OLD + " -> " + NEW
                    + " (the stable node upgrades the site to it)"), upgrade.details());
            assertFalse(plan.deployable());
            assertEquals(List.of("block_gone"), plan.refused().stream().map(PlannedChange::logicalId).toList());
            assertTrue(plan.refused().get(0).dataHeld().contains(
                    "sudo -u www-data php /var/www/moodle/admin/cli/uninstall_plugins.php --plugins=block_gone --run"),
                    plan.refused().get(0).dataHeld());
            assertEquals(0, fake.count("ExecuteChangeSet"));
        }
    }

    @Test
    void deployRefusesARemovedPluginBeforeMakingAChangeSetUnlessItIsAllowed() throws Exception {
        try (FakeCloudFormation fake = FakeCloudFormation.start(time); MoodleAws moodleAws = moodleAws(fake)) {
            deployedWith(fake, "mod_attendance=" + NEW + " local_probe=" + SHA + " block_gone=" + OLD);

            ReplacementRefusedException e = assertThrows(ReplacementRefusedException.class,
                    () -> moodleAws.deploy(site, rendered, request(listener)));

            assertEquals("block_gone", e.refusedIds());
            assertTrue(e.getMessage().contains("block_gone (Moodle::Plugin) would be REMOVED"), e.getMessage());
            assertEquals(0, fake.count("CreateChangeSet"), "refused before any change set");
            assertTrue(listener.transcript().contains("REFUSED"), listener.transcript());

            Plan allowed = moodleAws.plan(site, rendered, request(new RecordingListener(), "block_gone"));
            assertTrue(allowed.deployable());
            assertEquals(List.of("REMOVE block_gone"), plugins(allowed));
        }
    }

    @Test
    void aDatabaseRestoredFromASnapshotIsShownAsReplacedByTheSnapshotsDataAndRefusedUnlessAllowed() throws Exception {
        String snapshot = "arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:campus-final";
        Deployment restored = site.toBuilder().database(site.database().toBuilder().restoreFromSnapshot(snapshot).build())
                .build();
        RenderResult rendered = MoodleAws.standard().render(restored);
        try (FakeCloudFormation fake = FakeCloudFormation.start(time); MoodleAws moodleAws = moodleAws(fake)) {
            deployedWith(fake, "mod_attendance=" + NEW + " local_probe=" + SHA);
            fake.nextChangeSet(dev.moodleaws.core.deploy.fake.ChangeSetScript.script()
                    .modify("DatabaseCluster", "AWS::RDS::DBCluster", "True"));

            Plan plan = moodleAws.plan(restored, rendered, request(listener));

            assertEquals(List.of("DatabaseCluster"), plan.refused().stream().map(PlannedChange::logicalId).toList());
            assertTrue(listener.transcript().contains("DatabaseCluster is REPLACED by a database restored from " + snapshot
                    + ": everything the site wrote since that snapshot is lost"), listener.transcript());
        }
        assertFalse(MoodleAws.restoreConsequence(site, new Plan("campus", "UPDATE", List.of(), true)).isPresent(),
                "no word of a restore when the descriptor names no snapshot");
    }

    private static List<String> plugins(Plan plan) {
        return plan.changes().stream().filter(c -> c.type().equals("Moodle::Plugin"))
                .map(c -> c.action() + " " + c.logicalId()).toList();
    }

    private static String parameter(FakeCloudFormation fake, String key) {
        RecordedRequest create = fake.requests("CreateChangeSet").get(0);
        for (int i = 1; create.param("Parameters.member." + i + ".ParameterKey") != null; i++) {
            if (key.equals(create.param("Parameters.member." + i + ".ParameterKey"))) {
                return create.param("Parameters.member." + i + ".ParameterValue");
            }
        }
        throw new AssertionError("no parameter " + key);
    }
}
