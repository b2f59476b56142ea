package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** BAK-001: the backup schedule is an expression AWS Backup accepts. */
final class BackupScheduleRule implements ModelRule {
    /** Six fields (minutes, hours, day of month, month, day of week, year), as AWS Backup's cron reads them. */
    private static final Pattern CRON = Pattern.compile("^cron\\([0-9*,/?LW#-]+( [0-9A-Za-z*,/?LW#-]+){5}\\)$");

    static final RuleInfo INFO = new RuleInfo("BAK-001", Severity.ERROR,
            "The backup schedule is an AWS Backup cron expression",
            "Write backup.schedule as cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 3 * * ? *).",
            RuleSource.AWS, "https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String schedule = deployment.backup().schedule();
        if (deployment.backup().enabled() && (schedule == null || !CRON.matcher(schedule).matches())) {
            out.at("backup.schedule", "backup.schedule is '" + schedule + "': AWS Backup expects cron(...) with six"
                    + " fields in UTC, such as cron(0 3 * * ? *) for every day at 03:00.");
        }
    }
}
