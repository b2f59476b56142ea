package dev.moodleaws.render;

import static dev.moodleaws.render.CloudFormationTemplateTest.list;
import static dev.moodleaws.render.CloudFormationTemplateTest.map;
import static dev.moodleaws.render.CloudFormationTemplateTest.ofType;
import static dev.moodleaws.render.CloudFormationTemplateTest.parse;
import static dev.moodleaws.render.CloudFormationTemplateTest.props;
import static dev.moodleaws.render.CloudFormationTemplateTest.resource;
import static dev.moodleaws.render.CloudFormationTemplateTest.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodleaws.core.model.Backup;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Monitoring;
import dev.moodleaws.render.stack.LogicalIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a site needs after its first hour: backups, shipped logs and a dashboard. */
class DayTwoResourcesTest {

    @Test
    void theBackupPlanBacksUpTheClusterAndTheFileSystemContinuouslyIntoAKeptVault() {
        Map<String, Object> t = parse(template(Deployments.production()));
        Map<String, Object> vault = resource(t, LogicalIds.BACKUP_VAULT);
        assertEquals("Retain", vault.get("DeletionPolicy"), "recovery points outlive the stack");
        String name = map(vault, "Properties", "BackupVaultName").toString();
        assertTrue(name.contains("AWS::StackName") && name.contains("AWS::StackId"), "named per stack: " + name);
        Map<String, Object> rule = map(list(map(props(t, LogicalIds.BACKUP_PLAN), "BackupPlan").get("BackupPlanRule")).get(0));
        assertEquals("cron(0 3 * * ? *)", rule.get("ScheduleExpression"));
        assertEquals(true, rule.get("EnableContinuousBackup"));
        assertEquals(Map.of("DeleteAfterDays", 35), rule.get("Lifecycle"));
        assertEquals(Map.of("Ref", LogicalIds.BACKUP_VAULT), rule.get("TargetBackupVault"));
        assertFalse(rule.containsKey("CopyActions"));
        Map<String, Object> selection = map(props(t, LogicalIds.BACKUP_SELECTION), "BackupSelection");
        assertEquals(List.of(Map.of("Fn::GetAtt", List.of(LogicalIds.DATABASE_CLUSTER, "DBClusterArn")),
                Map.of("Fn::GetAtt", List.of(LogicalIds.FILE_SYSTEM, "Arn"))), selection.get("Resources"));
        assertEquals(Map.of("Fn::GetAtt", List.of(LogicalIds.BACKUP_ROLE, "Arn")), selection.get("IamRoleArn"));
        assertEquals(2, list(props(t, LogicalIds.BACKUP_ROLE).get("ManagedPolicyArns")).size(), "backup and restore");
    }

    @Test
    void anRdsInstanceIsSelectedByItsArnAndCopiesGoToTheNamedVault() {
        String dr = "arn:aws:backup:eu-central-1:210987654321:backup-vault:moodle-dr";
        Deployment d = Deployments.quickstart();
        d = d.toBuilder().database(d.database().toBuilder().engine(DatabaseEngine.MYSQL).engineVersion("8.4.7").build())
                .fileStorage(d.fileStorage().toBuilder().backups(false).build())
                .backup(Backup.builder().pointInTimeRecovery(false).retentionDays(90).copyToVaultArn(dr)
                        .copyRetentionDays(365).build()).build();
        Map<String, Object> t = parse(template(d));
        Map<String, Object> rule = map(list(map(props(t, LogicalIds.BACKUP_PLAN), "BackupPlan").get("BackupPlanRule")).get(0));
        assertEquals(false, rule.get("EnableContinuousBackup"));
        assertEquals(List.of(Map.of("DestinationBackupVaultArn", dr, "Lifecycle", Map.of("DeleteAfterDays", 365))),
                rule.get("CopyActions"));
        assertEquals(List.of(Map.of("Fn::GetAtt", List.of(LogicalIds.DATABASE, "DBInstanceArn"))),
                map(props(t, LogicalIds.BACKUP_SELECTION), "BackupSelection").get("Resources"));
        assertEquals(7, props(t, LogicalIds.DATABASE).get("BackupRetentionPeriod"), "without continuous backup the DB keeps its own");
        assertEquals(Map.of("Status", "DISABLED"), props(t, LogicalIds.FILE_SYSTEM).get("BackupPolicy"));
    }

    @Test
    void aRestoredAuroraClusterIsCreatedFromItsSnapshotWhichBringsSchemaUserAndEncryption() {
        String snapshot = "arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:campus-final";
        Deployment d = Deployments.quickstart();
        d = d.toBuilder().database(d.database().toBuilder().restoreFromSnapshot(snapshot).build()).build();
        Map<String, Object> cluster = props(parse(template(d)), LogicalIds.DATABASE_CLUSTER);
        assertEquals(snapshot, cluster.get("SnapshotIdentifier"));
        for (String inherited : List.of("DatabaseName", "MasterUsername", "StorageEncrypted")) {
            assertFalse(cluster.containsKey(inherited), inherited + " comes from the snapshot");
        }
        assertEquals(true, cluster.get("ManageMasterUserPassword"), "the instances still read the secret RDS keeps");
        Map<String, Object> empty = props(parse(template(Deployments.quickstart())), LogicalIds.DATABASE_CLUSTER);
        assertFalse(empty.containsKey("SnapshotIdentifier"));
        assertEquals("moodle", empty.get("DatabaseName"));
    }

    @Test
    void aRestoredRdsInstanceIsCreatedFromItsSnapshotAndTheRunbookRestoresTheFilesIntoTheNewFileSystem() {
        String snapshot = "arn:aws:rds:eu-west-1:123456789012:snapshot:campus-final";
        String point = "arn:aws:backup:eu-west-1:123456789012:recovery-point:0b1e2f3a-4c5d-6e7f-8091-a2b3c4d5e6f7";
        Deployment d = Deployments.quickstart();
        d = d.toBuilder().database(d.database().toBuilder().engine(DatabaseEngine.MYSQL).engineVersion("8.4.7")
                        .restoreFromSnapshot(snapshot).build())
                .fileStorage(d.fileStorage().toBuilder().restoreFromRecoveryPoint(point).build()).build();
        Map<String, Object> db = props(parse(template(d)), LogicalIds.DATABASE);
        assertEquals(snapshot, db.get("DBSnapshotIdentifier"));
        assertFalse(db.containsKey("DBName") || db.containsKey("MasterUsername") || db.containsKey("StorageEncrypted"));
        String runbook = new Renderer(TemplateEngine.builtIn()).render(d).bundle().content(dev.moodleaws.core.bundle.BootFiles.RUNBOOK);
        assertTrue(runbook.contains("aws backup start-restore-job --region $R --recovery-point-arn '" + point
                + "' --iam-role-arn \"$ROLE\" --metadata '{\"file-system-id\":\"'$FS'\",\"newFileSystem\":\"false\""), runbook);
        assertTrue(runbook.contains("`Database` is REPLACED by one restored from the snapshot"), runbook);
        assertTrue(runbook.contains("This descriptor restores the database from `" + snapshot + "` and the files from\n`"
                + point + "`."), runbook);
    }

    @Test
    void withoutAPlanEfsKeepsItsAutomaticBackupsAndNoBackupResourceIsRendered() {
        Deployment d = Deployments.quickstart().toBuilder().backup(Backup.builder().enabled(false).build()).build();
        Map<String, Object> t = parse(template(d));
        assertEquals(Map.of("Status", "ENABLED"), props(t, LogicalIds.FILE_SYSTEM).get("BackupPolicy"));
        for (String type : List.of("AWS::Backup::BackupVault", "AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection")) {
            assertEquals(Set.of(), ofType(t, type), type);
        }
    }

    @Test
    void everyShippedLogHasALogGroupOfTheStackWithTheRetention() {
        Deployment d = Deployments.quickstart().toBuilder().monitoring(Monitoring.builder().logRetentionDays(90).build()).build();
        Map<String, Object> t = parse(template(d));
        Set<String> groups = ofType(t, "AWS::Logs::LogGroup");
        assertEquals(Set.of("LogGroupBoot", "LogGroupWebAccess", "LogGroupWebError", "LogGroupPhpFpm", "LogGroupCron"), groups);
        Map<String, Object> cron = props(t, "LogGroupCron");
        assertEquals(90, cron.get("RetentionInDays"));
        assertEquals(Map.of("Fn::Join", List.of("", List.of("/moodle-aws/", Map.of("Ref", "AWS::StackName"), "/cron"))),
                cron.get("LogGroupName"));
        String web = CloudFormationTemplateTest.userDataText(t, LogicalIds.WEB_LAUNCH_TEMPLATE);
        assertTrue(web.contains("for f in boot:/var/log/moodle-aws-boot.log web-access:/var/log/apache2/access.log"), web);
        assertTrue(web.contains("/moodle-aws/$MOODLE_AWS_STACK/"), "the agent writes to the stack's groups");
        assertFalse(web.contains("cron:/var/log/moodle-aws/cron.log"), "web nodes run no cron");
        String stable = CloudFormationTemplateTest.userDataText(t, LogicalIds.STABLE_LAUNCH_TEMPLATE);
        assertTrue(stable.contains("amazon-cloudwatch-agent-ctl"), "the stable node ships its logs too");
        assertTrue(stable.contains("for f in boot:/var/log/moodle-aws-boot.log php-fpm:/var/log/php8.3-fpm.log cron:/var/log/moodle-aws/cron.log;"),
                "the stable node, outside the target group, ships boot, PHP-FPM and cron logs: " + stable);
        assertTrue(web.contains("/var/log/apache2/access.log"));
    }

    @Test
    void theDashboardIsJsonWithAWidgetForEachPartOfTheSite() throws Exception {
        Map<String, Object> t = parse(template(Deployments.production()));
        Object body = props(t, LogicalIds.DASHBOARD).get("DashboardBody");
        StringBuilder json = new StringBuilder();
        List<String> refs = new ArrayList<>();
        for (Object part : list(list(map(body).get("Fn::Join")).get(1))) {
            if (part instanceof String s) {
                json.append(s);
            } else {
                refs.add(part.toString());
                json.append("ref");
            }
        }
        JsonNode widgets = new ObjectMapper().readTree(json.toString()).get("widgets");
        List<String> titles = new ArrayList<>();
        widgets.forEach(w -> titles.add(w.get("properties").get("title").asText()));
        assertEquals(List.of("Requests", "5xx responses", "Latency p90 (s)", "Hosts",
                "Web fleet (terminating includes Spot interruptions)", "Database writer", "Redis", "EFS",
                "Cron runs and oldest ad-hoc task (s)"), titles);
        assertTrue(json.toString().contains("[\"AWS/RDS\",\"CPUUtilization\",\"DBClusterIdentifier\",\"ref\",\"Role\",\"WRITER\""),
                "the writer role follows a failover: " + json);
        assertTrue(refs.contains("{Ref=DatabaseCluster}"), refs.toString());
        assertTrue(refs.contains("{Fn::GetAtt=[LoadBalancer, LoadBalancerFullName]}"), refs.toString());
        assertTrue(json.toString().contains("[\"MoodleAws\",\"CronRunsCompleted\",\"Stack\",\"ref\""), json.toString());
        assertEquals(List.of(Map.of("Granularity", "1Minute", "Metrics", List.of("GroupInServiceInstances",
                "GroupTerminatingInstances"))), props(t, LogicalIds.WEB_GROUP).get("MetricsCollection"));

        Deployment without = Deployments.quickstart().toBuilder().monitoring(Monitoring.builder().dashboard(false).build()).build();
        Map<String, Object> plain = parse(template(without));
        assertNull(map(plain, "Resources").get(LogicalIds.DASHBOARD));
        assertFalse(props(plain, LogicalIds.WEB_GROUP).containsKey("MetricsCollection"));
    }

    @Test
    void cronAlarmsFireWhenNoRunCompletesAndWhenTheQueueGrowsOldAndNotifyTheTopic() {
        Deployment d = Deployments.quickstart();
        d = d.toBuilder().stable(d.stable().toBuilder().cronKeepAliveSeconds(180).build())
                .monitoring(Monitoring.builder().taskQueueAlarmMinutes(30).build()).build();
        Map<String, Object> t = parse(template(d));
        Map<String, Object> cron = props(t, LogicalIds.ALARM_CRON);
        assertEquals("MoodleAws", cron.get("Namespace"));
        assertEquals("CronRunsCompleted", cron.get("MetricName"));
        assertEquals(List.of(Map.of("Name", "Stack", "Value", Map.of("Ref", "AWS::StackName"))), cron.get("Dimensions"));
        assertEquals(60, cron.get("Period"));
        assertEquals(5, cron.get("EvaluationPeriods"), "five minutes without a completed run");
        assertEquals("LessThanThreshold", cron.get("ComparisonOperator"));
        assertEquals("breaching", cron.get("TreatMissingData"), "a stopped cron publishes nothing");
        assertEquals(List.of(Map.of("Ref", LogicalIds.ALARM_TOPIC)), cron.get("AlarmActions"));
        Map<String, Object> queue = props(t, LogicalIds.ALARM_TASK_QUEUE);
        assertEquals("OldestAdhocTaskAgeSeconds", queue.get("MetricName"));
        assertEquals(1800, queue.get("Threshold"));
        assertEquals("notBreaching", queue.get("TreatMissingData"));

        Deployment longRuns = d.toBuilder().stable(d.stable().toBuilder().cronKeepAliveSeconds(900).build()).build();
        assertEquals(17, props(parse(template(longRuns)), LogicalIds.ALARM_CRON).get("EvaluationPeriods"),
                "a 15-minute keep-alive run and the minute to the next start");
    }
}
