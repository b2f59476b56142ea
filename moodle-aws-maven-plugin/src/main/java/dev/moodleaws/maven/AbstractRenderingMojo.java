package dev.moodleaws.maven;

import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.cost.PriceTable;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.BundleWriteException;
import dev.moodleaws.render.RenderRefusedException;
import dev.moodleaws.render.RenderResult;
import dev.moodleaws.render.TemplateRenderException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that validate, render and write the bundle before doing anything else with it. */
abstract class AbstractRenderingMojo extends AbstractMoodleAwsMojo {
    /**
     * A folder of your own templates that replace the built-in ones of the same name, for example
     * {@code cloudformation.yaml.ftl} or {@code instance/RUNBOOK.md.ftl}.
     */
    @Parameter(property = "moodle-aws.templateOverrides")
    protected File templateOverrides;

    /**
     * A price table to estimate the monthly cost with (cost and plan), of the same shape as the
     * one shipped with the plugin; without it the shipped table is used.
     */
    @Parameter(property = "moodle-aws.priceTable")
    protected File priceTable;

    /** The price table the goal estimates with. */
    protected PriceTable priceTable() throws MojoFailureException {
        if (priceTable == null) {
            return PriceTable.builtIn();
        }
        try {
            return PriceTable.read(priceTable.toPath());
        } catch (IOException e) {
            throw new MojoFailureException("moodle-aws: moodle-aws.priceTable: " + e.getMessage(), e);
        }
    }

    /** Writes a report file beside the rendered files: a temporary file moved into place. */
    protected static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    protected MoodleAws.Builder configure(MoodleAws.Builder builder) throws MojoFailureException {
        return builder.templateOverrides(templateOverrides == null ? null : templateOverrides.toPath());
    }

    /**
     * Validates the deployment, renders it, checks the rendered files and writes them into the
     * output folder. Fails, writing nothing but the reports, when validation or the checks find errors.
     */
    protected RenderResult renderAndWrite(Deployment deployment) throws MojoExecutionException, MojoFailureException {
        RenderResult result = render(deployment);
        log(result.report());
        writeReports(result.report());
        failOn(result.report(), "validation");
        Path out = outputDirectory.toPath();
        try {
            moodleAws.write(result.bundle(), out);
        } catch (BundleWriteException e) {
            throw new MojoExecutionException("moodle-aws: " + e.getMessage(), e);
        }
        getLog().info("moodle-aws: rendered into " + out + ":");
        for (BundleFile f : result.bundle().files()) {
            getLog().info(String.format("  %-36s %,9d bytes", f.path(), f.sizeInBytes()));
        }
        return result;
    }

    private RenderResult render(Deployment deployment) throws MojoFailureException {
        try {
            return moodleAws.render(deployment);
        } catch (RenderRefusedException e) {
            log(e.report());
            writeReports(e.report());
            failOn(e.report(), "validation");
            throw new MojoFailureException("moodle-aws: validation found errors (listed above); nothing was rendered.", e);
        } catch (TemplateRenderException e) {
            throw new MojoFailureException("moodle-aws: " + e.getMessage()
                    + (templateOverrides == null ? "" : " (check your template overrides in " + templateOverrides + ")"), e);
        }
    }
}
