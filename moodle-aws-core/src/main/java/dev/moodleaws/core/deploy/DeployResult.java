package dev.moodleaws.core.deploy;

import java.time.Duration;
import java.util.Map;

/**
 * The outcome of a successful deploy.
 *
 * @param stackName the stack
 * @param status    the final stack status (CREATE_COMPLETE, UPDATE_COMPLETE, or the unchanged status)
 * @param noChanges true when nothing had to change
 * @param outputs   stack outputs, SiteUrl first, then in template order
 * @param elapsed   time from start to end
 * @param apiCalls  CloudFormation and S3 calls made (SDK retries not counted)
 */
public record DeployResult(String stackName, String status, boolean noChanges, Map<String, String> outputs,
                           Duration elapsed, int apiCalls) {

    public DeployResult {
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
    }
}
