package dev.moodleaws.maven;

import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorProblem;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.ReadFailure;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.render.TemplateOverridesException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the descriptor, the output folder, skipping, and how findings are shown.
 * Each goal runs on one {@link MoodleAws}, made from its parameters and closed when it ends.
 */
abstract class AbstractMoodleAwsMojo extends AbstractMojo {
    /** The deployment descriptor. */
    @Parameter(property = "moodle-aws.descriptor", defaultValue = "${project.basedir}/moodle-aws.yaml")
    protected File descriptor;

    /** Where reports and rendered files are written. */
    @Parameter(property = "moodle-aws.outputDirectory", defaultValue = "${project.build.directory}/moodle-aws")
    protected File outputDirectory;

    /** Skip the goal. */
    @Parameter(property = "moodle-aws.skip", defaultValue = "false")
    protected boolean skip;

    /** Fail the build on warnings too, not only on errors. */
    @Parameter(property = "moodle-aws.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The library, while the goal runs. */
    protected MoodleAws moodleAws;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("moodle-aws: skipped (moodle-aws.skip=true)");
            return;
        }
        MoodleAws.Builder builder = MoodleAws.builder().properties(new MavenProperties(
                session.getUserProperties(), project.getProperties(), session.getSystemProperties(), System.getenv()));
        try (MoodleAws library = configure(builder).build()) {
            this.moodleAws = library;
            run();
        } catch (TemplateOverridesException e) {
            throw new MojoFailureException("moodle-aws: " + e.getMessage()
                    + ". Point -Dmoodle-aws.templateOverrides at a folder of .ftl files, or remove the setting.", e);
        } finally {
            this.moodleAws = null;
        }
    }

    /** Adds the goal's settings to the library it runs on. */
    protected MoodleAws.Builder configure(MoodleAws.Builder builder) throws MojoFailureException {
        return builder;
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Reads the descriptor, turning every problem into one readable build failure. The reports in
     * the output folder are rewritten with the problems first, so they never keep an older verdict.
     */
    protected Deployment readDescriptor() throws MojoFailureException {
        if (descriptor.isDirectory()) {
            writeReports(ReadFailure.report("the descriptor is a folder", displayPath()));
            throw new MojoFailureException("moodle-aws: the descriptor " + displayPath() + " is a folder; point"
                    + " -Dmoodle-aws.descriptor=<file> at the YAML file, such as " + displayPath() + "/moodle-aws.yaml.");
        }
        if (!descriptor.isFile()) {
            writeReports(ReadFailure.report("there is no descriptor", displayPath()));
            throw new MojoFailureException("moodle-aws: no descriptor at " + displayPath()
                    + ". Create moodle-aws.yaml in the project folder (see examples/quickstart) or point"
                    + " -Dmoodle-aws.descriptor=<file> at one.");
        }
        try {
            return moodleAws.read(descriptor.toPath());
        } catch (DescriptorException e) {
            for (DescriptorProblem p : e.problems()) {
                getLog().error(p.format());
            }
            writeReports(ReadFailure.report(e.problems(), displayPath()));
            throw new MojoFailureException("moodle-aws: " + displayPath() + " has " + count(e.problems().size(), "problem")
                    + " (listed above). Fix them and run the goal again.", e);
        }
    }

    /** Writes the JSON and SARIF reports of a run that failed; a report that cannot be written is logged, the failure stands. */
    protected void writeReports(Report report) {
        try {
            moodleAws.writeReports(outputDirectory.toPath(), report, displayPath());
        } catch (IOException | RuntimeException e) {
            getLog().warn("moodle-aws: " + ReportPlace.cannotWrite(outputDirectory.toPath(), e));
        }
    }

    /** The descriptor as shown in messages and reports: relative to the project folder when inside it. */
    protected String displayPath() {
        Path base = project.getBasedir() == null ? null : project.getBasedir().toPath().toAbsolutePath().normalize();
        Path file = descriptor.toPath().toAbsolutePath().normalize();
        return base != null && file.startsWith(base) ? base.relativize(file).toString().replace(File.separatorChar, '/')
                : file.toString();
    }

    /** Logs each finding at the level of its severity, in the compiler-like text form, then the summary. */
    protected void log(Report report) {
        for (Finding f : report.findings()) {
            String line = moodleAws.textEntry(f, displayPath());
            if (f.suppressed() || f.severity() == Severity.INFO) {
                getLog().info(line);
            } else if (f.severity() == Severity.WARNING) {
                getLog().warn(line);
            } else {
                getLog().error(line);
            }
        }
        getLog().info("moodle-aws: " + moodleAws.summary(report));
    }

    /** Fails the build when the report has errors, or warnings with failOnWarning. */
    protected void failOn(Report report, String what) throws MojoFailureException {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        if (errors > 0 || failOnWarning && warnings > 0) {
            String counted = errors > 0 ? count(errors, "error") : count(warnings, "warning") + " (moodle-aws.failOnWarning=true)";
            throw new MojoFailureException("moodle-aws: " + what + " found " + counted + " (listed above). Fix them in "
                    + displayPath() + ", or accept one under 'suppressions:' with the rule ID and a reason.");
        }
    }

    protected static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
