package dev.moodleaws.core.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Writes progress as readable lines, e.g. to a build log. */
public final class PrintingDeployListener implements DeployListener {

    private final Consumer<String> out;

    public PrintingDeployListener(Consumer<String> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void changeSetCreated(String stackName, String changeSetName, String changeSetType) {
        out.accept("Change set " + changeSetName + " (" + changeSetType + ") created for stack " + stackName);
    }

    @Override
    public void parameter(String key, String previous, String value) {
        out.accept("  parameter " + key + ": " + (previous == null ? value + " (new)"
                : previous.equals(value) ? value + " (unchanged)" : previous + " -> " + value + " (CHANGED)"));
    }

    @Override
    public void change(PlannedChange change) {
        StringBuilder line = new StringBuilder("  ").append(change.action()).append(' ')
                .append(change.logicalId()).append(" (").append(change.type()).append(") ")
                .append(change.consequence());
        if (change.stateful()) {
            line.append(" [holds data: ").append(change.dataHeld()).append(']');
        }
        out.accept(line.toString());
        change.details().forEach(d -> out.accept("      " + d));
    }

    @Override
    public void noChanges(String stackName) {
        out.accept("No changes: stack " + stackName + " already matches the template and parameters.");
    }

    @Override
    public void refused(List<PlannedChange> refused) {
        out.accept("REFUSED: " + refused.size() + " resource(s) holding data would be destroyed:");
        refused.forEach(c -> out.accept("  " + c.logicalId() + " (" + c.type() + ") " + c.consequence()));
    }

    @Override
    public void executing(String stackName, int totalChanges) {
        out.accept("Executing change set on " + stackName + " (" + totalChanges + " resource change(s))");
    }

    @Override
    public void stackEvent(StackEventView event, int done, int total, Duration elapsed) {
        String progress = total > 0 ? "[" + done + "/" + total + "] " : "";
        String line = progress + format(elapsed) + " " + event.status() + " " + event.logicalId()
                + " (" + event.type() + ")";
        if (event.reason() != null && !event.reason().isBlank()) {
            line += (event.failed() ? " FAILED: " : ": ") + event.reason();
        }
        out.accept(line);
    }

    @Override
    public void waiting(String reason) {
        out.accept("Waiting: " + reason);
    }

    @Override
    public void templateUploaded(String bucket, String key, boolean uploaded) {
        out.accept((uploaded ? "Uploaded template to s3://" : "Template already in s3://") + bucket + "/" + key);
    }

    @Override
    public void note(String message) {
        out.accept(message);
    }

    @Override
    public void finished(DeployResult result) {
        out.accept("Stack " + result.stackName() + ": " + result.status()
                + (result.noChanges() ? " (no changes)" : "") + " in " + format(result.elapsed())
                + ", " + result.apiCalls() + " API calls");
        result.outputs().forEach((k, v) -> out.accept("  " + k + " = " + v));
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
