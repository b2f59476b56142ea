package dev.moodleaws.maven;

import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DeployPhase;
import dev.moodleaws.core.deploy.DeployResult;
import dev.moodleaws.core.deploy.PlannedChange;
import dev.moodleaws.core.deploy.StackEventView;
import java.time.Duration;
import java.util.List;

/** Passes every deploy event on to another listener; subclasses watch the ones they need. */
class ForwardingListener implements DeployListener {
    private final DeployListener next;

    ForwardingListener(DeployListener next) {
        this.next = next;
    }

    @Override
    public void changeSetCreated(String stackName, String changeSetName, String changeSetType) {
        next.changeSetCreated(stackName, changeSetName, changeSetType);
    }

    @Override
    public void change(PlannedChange change) {
        next.change(change);
    }

    @Override
    public void noChanges(String stackName) {
        next.noChanges(stackName);
    }

    @Override
    public void refused(List<PlannedChange> refused) {
        next.refused(refused);
    }

    @Override
    public void executing(String stackName, int totalChanges) {
        next.executing(stackName, totalChanges);
    }

    @Override
    public void stackEvent(StackEventView event, int done, int total, Duration elapsed) {
        next.stackEvent(event, done, total, elapsed);
    }

    @Override
    public void waiting(String reason) {
        next.waiting(reason);
    }

    @Override
    public void templateUploaded(String bucket, String key, boolean uploaded) {
        next.templateUploaded(bucket, key, uploaded);
    }

    @Override
    public void note(String message) {
        next.note(message);
    }

    @Override
    public void phase(String stackName, DeployPhase phase) {
        next.phase(stackName, phase);
    }

    @Override
    public void finished(DeployResult result) {
        next.finished(result);
    }
}
