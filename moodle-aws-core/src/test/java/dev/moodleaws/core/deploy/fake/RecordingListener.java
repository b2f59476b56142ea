package dev.moodleaws.core.deploy.fake;

import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DeployResult;
import dev.moodleaws.core.deploy.PlannedChange;
import dev.moodleaws.core.deploy.PrintingDeployListener;
import dev.moodleaws.core.deploy.StackEventView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records what a user was told: the printed lines and the typed callbacks. */
public class RecordingListener implements DeployListener {

    /** A stack event with the progress figures that came with it. */
    public record Progress(StackEventView event, int done, int total, Duration elapsed) {
    }

    public final List<String> lines = new ArrayList<>();
    public final List<PlannedChange> changes = new ArrayList<>();
    public final List<PlannedChange> refused = new ArrayList<>();
    public final List<Progress> events = new ArrayList<>();
    public final List<String> waiting = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
    public final List<String> uploads = new ArrayList<>();
    public int noChanges;
    public DeployResult finished;
    private final PrintingDeployListener printer = new PrintingDeployListener(lines::add);

    @Override
    public synchronized void changeSetCreated(String stackName, String changeSetName, String changeSetType) {
        printer.changeSetCreated(stackName, changeSetName, changeSetType);
    }

    @Override
    public synchronized void parameter(String key, String previous, String value) {
        printer.parameter(key, previous, value);
    }

    @Override
    public synchronized void change(PlannedChange change) {
        changes.add(change);
        printer.change(change);
    }

    @Override
    public synchronized void noChanges(String stackName) {
        noChanges++;
        printer.noChanges(stackName);
    }

    @Override
    public synchronized void refused(List<PlannedChange> list) {
        refused.addAll(list);
        printer.refused(list);
    }

    @Override
    public synchronized void executing(String stackName, int totalChanges) {
        printer.executing(stackName, totalChanges);
    }

    @Override
    public synchronized void stackEvent(StackEventView event, int done, int total, Duration elapsed) {
        events.add(new Progress(event, done, total, elapsed));
        printer.stackEvent(event, done, total, elapsed);
    }

    @Override
    public synchronized void waiting(String reason) {
        waiting.add(reason);
        printer.waiting(reason);
    }

    @Override
    public synchronized void templateUploaded(String bucket, String key, boolean uploaded) {
        uploads.add((uploaded ? "uploaded " : "reused ") + bucket + "/" + key);
        printer.templateUploaded(bucket, key, uploaded);
    }

    @Override
    public synchronized void note(String message) {
        notes.add(message);
        printer.note(message);
    }

    @Override
    public synchronized void finished(DeployResult result) {
        finished = result;
        printer.finished(result);
    }

    /** Every line printed so far, one string. */
    public synchronized String transcript() {
        return String.join("\n", lines);
    }
}
