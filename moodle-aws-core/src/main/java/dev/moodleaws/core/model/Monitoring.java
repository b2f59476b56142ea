package dev.moodleaws.core.model;

import java.util.List;

/**
 * What the site tells about itself: logs shipped to CloudWatch Logs, a dashboard, and the alarms
 * on cron and the ad-hoc task queue (the other alarms watch AWS metrics and need no settings).
 *
 * @param logRetentionDays Days CloudWatch Logs keeps the boot, web server, PHP-FPM and cron logs.
 * @param dashboard Create a CloudWatch dashboard of the site.
 * @param cronAlarmMinutes Alarm when no cron run has completed for this many minutes.
 * @param taskQueueAlarmMinutes Alarm when the oldest due ad-hoc task has waited this many minutes.
 */
public record Monitoring(
        int logRetentionDays,
        boolean dashboard,
        int cronAlarmMinutes,
        int taskQueueAlarmMinutes) {

    /** The retention periods CloudWatch Logs accepts, in days. */
    public static final List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365,
            400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().logRetentionDays(logRetentionDays).dashboard(dashboard).cronAlarmMinutes(cronAlarmMinutes)
                .taskQueueAlarmMinutes(taskQueueAlarmMinutes);
    }

    /** Builds a {@link Monitoring}; unset values keep their defaults. */
    public static final class Builder {
        private int logRetentionDays = 30;
        private boolean dashboard = true;
        private int cronAlarmMinutes = 5;
        private int taskQueueAlarmMinutes = 60;

        private Builder() {
        }

        /** Days CloudWatch Logs keeps the logs. */
        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        /** Create a CloudWatch dashboard of the site. */
        public Builder dashboard(boolean dashboard) {
            this.dashboard = dashboard;
            return this;
        }

        /** Alarm when no cron run has completed for this many minutes. */
        public Builder cronAlarmMinutes(int cronAlarmMinutes) {
            this.cronAlarmMinutes = cronAlarmMinutes;
            return this;
        }

        /** Alarm when the oldest due ad-hoc task has waited this many minutes. */
        public Builder taskQueueAlarmMinutes(int taskQueueAlarmMinutes) {
            this.taskQueueAlarmMinutes = taskQueueAlarmMinutes;
            return this;
        }

        public Monitoring build() {
            return new Monitoring(logRetentionDays, dashboard, cronAlarmMinutes, taskQueueAlarmMinutes);
        }
    }
}
