package dev.moodleaws.maven;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.report.ReportFiles;
import dev.moodleaws.core.validate.Report;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the descriptor against the rule catalog, with no AWS account and no network. Prints each
 * finding in the compiler-like text form, writes {@code validation.json} and
 * {@code validation.sarif} (for code scanning) into the output folder, and fails the build on
 * errors (on warnings too with {@code -Dmoodle-aws.failOnWarning=true}).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMoodleAwsMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Deployment deployment = readDescriptor();
        Report report = moodleAws.validate(deployment);
        log(report);
        try {
            moodleAws.writeReports(outputDirectory.toPath(), report, displayPath());
        } catch (IOException e) {
            throw new MojoExecutionException("moodle-aws: " + ReportPlace.cannotWrite(outputDirectory.toPath(), e), e);
        }
        getLog().info("moodle-aws: reports written to " + outputDirectory.toPath().resolve(ReportFiles.SARIF)
                + " and " + ReportFiles.JSON);
        failOn(report, "validation");
    }
}
