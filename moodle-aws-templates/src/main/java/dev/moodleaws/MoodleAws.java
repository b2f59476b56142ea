package dev.moodleaws;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.deploy.AwsClients;
import dev.moodleaws.core.deploy.DeployListener;
import dev.moodleaws.core.deploy.DeployOptions;
import dev.moodleaws.core.deploy.DeployResult;
import dev.moodleaws.core.deploy.Deployer;
import dev.moodleaws.core.deploy.StackCapabilities;
import dev.moodleaws.core.deploy.Plan;
import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorReader;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.report.JsonReport;
import dev.moodleaws.core.report.ReportFiles;
import dev.moodleaws.core.report.SarifReport;
import dev.moodleaws.core.report.TextReport;
import dev.moodleaws.core.report.Tool;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.RuleCatalog;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.core.validate.Validator;
import dev.moodleaws.render.BundleWriter;
import dev.moodleaws.render.RenderRefusedException;
import dev.moodleaws.render.RenderResult;
import dev.moodleaws.render.Renderer;
import dev.moodleaws.render.TemplateEngine;
import dev.moodleaws.render.TemplateRenderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one entry point for using moodle-aws as a library, without Maven: read a descriptor,
 * validate it, render its bundle, write the bundle, show the reports, and plan or deploy the
 * stack. Every method delegates to the core and render packages; nothing here decides anything
 * they do not.
 *
 * <p>Build one instance and reuse it: it is immutable and thread-safe, and it holds the
 * FreeMarker setup (one {@link TemplateEngine}), which is the costly part to create. Rendering the
 * same deployment twice gives the same bytes.
 *
 * <pre>{@code
 * MoodleAws moodleAws = MoodleAws.builder()
 *         .properties(PropertySource.of(Map.of("domain", "learn.example.org")))
 *         .build();
 * Deployment site = moodleAws.read(Path.of("moodle-aws.yaml"));   // DescriptorException: problems()
 * Report report = moodleAws.validate(site);
 * System.out.print(moodleAws.textReport(report, "moodle-aws.yaml"));
 * if (!report.hasErrors()) {
 *     RenderResult rendered = moodleAws.render(site);
 *     moodleAws.write(rendered.bundle(), Path.of("target/moodle-aws"));
 *     Deployer deployer = moodleAws.deployer(
 *             AwsClients.builder().region(site.region()).build(), new PrintingDeployListener(System.out::println));
 *     Plan plan = moodleAws.plan(deployer, site, rendered);       // nothing is executed
 * }
 * }</pre>
 */
public final class MoodleAws {

    private final PropertySource properties;
    private final Validator validator;
    private final Renderer renderer;
    private final BundleWriter writer;

    private MoodleAws(Builder b) {
        this.properties = b.properties;
        this.validator = Validator.standard();
        this.renderer = new Renderer(TemplateEngine.withOverrides(b.templateOverrides), validator);
        this.writer = new BundleWriter();
    }

    /**
     * An instance with the built-in templates and no values for {@code ${name}} placeholders.
     *
     * @return a new instance; keep it and reuse it
     */
    public static MoodleAws standard() {
        return builder().build();
    }

    /**
     * Starts an instance with options: a template override folder and a property source.
     *
     * @return a builder with every option at its default
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a descriptor file (UTF-8), filling its {@code ${name}} placeholders from this instance's
     * property source.
     *
     * @param descriptor the {@code moodle-aws.yaml} file; problems and findings name it by its file name
     * @return the deployment, with the location of every value it was read from
     * @throws DescriptorException when the file is missing, not YAML, or has unknown keys, wrong
     *                             types or unresolved placeholders; {@link DescriptorException#problems()}
     *                             lists them all, in file order
     */
    public Deployment read(Path descriptor) throws DescriptorException {
        return new DescriptorReader(properties).read(descriptor);
    }

    /**
     * Reads a descriptor given as text, filling its placeholders from this instance's property source.
     *
     * @param name the file name problems and findings show for it, for example {@code moodle-aws.yaml}
     * @param yaml the descriptor
     * @return the deployment
     * @throws DescriptorException with every problem found, in file order
     */
    public Deployment read(String name, String yaml) throws DescriptorException {
        return read(name, yaml, properties);
    }

    /**
     * Reads a descriptor given as text, filling its placeholders from {@code properties}: the way to
     * read one template descriptor once per tenant, each with its own values.
     *
     * @param name       the file name problems and findings show for it
     * @param yaml       the descriptor
     * @param properties the values of the {@code ${name}} placeholders for this read
     * @return the deployment
     * @throws DescriptorException with every problem found, in file order
     */
    public Deployment read(String name, String yaml, PropertySource properties) throws DescriptorException {
        Objects.requireNonNull(properties, "properties");
        return new DescriptorReader(properties).read(name, yaml);
    }

    /**
     * Checks a deployment against the rule catalog, applying the descriptor's suppressions. Needs no
     * AWS account and no network.
     *
     * @param deployment what to check
     * @return the findings; {@link Report#hasErrors()} tells whether rendering would be refused
     */
    public Report validate(Deployment deployment) {
        return validator.validate(deployment);
    }

    /**
     * Renders the bundle of a deployment in memory ({@code cloudformation.yaml}, {@code config.php},
     * the boot scripts, the runbook, the diagram) and checks what was rendered.
     *
     * @param deployment a deployment without validation errors
     * @return the bundle with the model findings and the findings on the rendered files
     * @throws RenderRefusedException  when the deployment has validation errors; nothing was rendered
     * @throws TemplateRenderException when a template fails, which is a defect of that template (for
     *                                 example of an override), never of the deployment
     */
    public RenderResult render(Deployment deployment) {
        return renderer.render(deployment);
    }

    /**
     * Writes a bundle into a folder, replacing the bundle written there before all at once; files
     * other tools put into the folder stay.
     *
     * @param bundle the rendered files
     * @param outDir the folder, created if needed
     * @throws UncheckedIOException when it cannot; the folder then holds what it held before
     */
    public void write(Bundle bundle, Path outDir) {
        writer.write(bundle, outDir);
    }

    /**
     * Every rule this instance applies.
     *
     * @return the catalog: IDs, severities, titles, fixes and sources
     */
    public RuleCatalog rules() {
        return validator.catalog();
    }

    /**
     * A report for people, one compiler-style line per finding plus a fix line and a summary.
     *
     * @param report         the findings
     * @param descriptorPath how to name the descriptor, for example {@code tenants/alpha.yaml}
     * @return the text, each line ending in {@code \n}
     */
    public String textReport(Report report, String descriptorPath) {
        return TextReport.render(report, descriptorPath);
    }

    /**
     * A report for other programs, as JSON of a fixed shape (see {@link JsonReport}).
     *
     * @param report         the findings
     * @param descriptorPath how to name the descriptor
     * @return pretty-printed JSON ending in a line break
     */
    public String jsonReport(Report report, String descriptorPath) {
        return JsonReport.render(report, descriptorPath, Tool.current().version());
    }

    /**
     * A report for code scanning, in SARIF 2.1.0 (see {@link SarifReport}).
     *
     * @param report         the findings
     * @param descriptorPath the descriptor's path relative to the repository root, with {@code /}
     * @return pretty-printed SARIF ending in a line break
     */
    public String sarifReport(Report report, String descriptorPath) {
        return SarifReport.render(report, descriptorPath, Tool.current().version());
    }

    /**
     * Writes {@value ReportFiles#JSON} and {@value ReportFiles#SARIF} into a folder, each replaced
     * atomically.
     *
     * @param folder         where to write them, created if needed
     * @param report         the findings
     * @param descriptorPath the descriptor's path relative to the repository root
     * @throws IOException when a file cannot be written
     */
    public void writeReports(Path folder, Report report, String descriptorPath) throws IOException {
        ReportFiles.write(folder, report, descriptorPath, Tool.current().version());
    }

    /**
     * A deployer on the CloudFormation and S3 clients of {@code clients}, reporting progress to
     * {@code listener}. Build the clients for the deployment's region, for example
     * {@code AwsClients.builder().region(deployment.region()).build()}.
     *
     * @param clients  where region, credentials and endpoint come from
     * @param listener receives each change, stack event and the result as they happen
     * @return a deployer; it holds no state between calls
     * @throws dev.moodleaws.core.deploy.DeployConfigurationException when region or credentials are missing
     */
    public Deployer deployer(AwsClients clients, DeployListener listener) {
        return Deployer.builder(clients.cloudFormation()).s3(clients.s3()).listener(listener).build();
    }

    /**
     * The deploy options of a rendered deployment: the stack named after the deployment, its
     * rendered template, its tags and the capabilities the template needs. The safe defaults of
     * {@link DeployOptions} hold; change them on the returned builder (for example a template
     * bucket for templates over 51,200 bytes, or a replacement the user allows).
     *
     * @param deployment the deployment that was rendered
     * @param rendered   what {@link #render(Deployment)} returned for it
     * @return a builder of the options
     */
    public DeployOptions.Builder deployOptions(Deployment deployment, RenderResult rendered) {
        String template = rendered.bundle().content(Bundle.TEMPLATE);
        return DeployOptions.builder(deployment.name(), template)
                .tags(deployment.tags())
                .capabilities(StackCapabilities.of(template).toArray(String[]::new));
    }

    /**
     * What deploying a rendered deployment would change, with {@link #deployOptions default options}.
     * Creates a change set, reports each change to the deployer's listener, and deletes the change
     * set again: nothing is executed.
     *
     * @param deployer   from {@link #deployer(AwsClients, DeployListener)}
     * @param deployment the deployment that was rendered
     * @param rendered   what {@link #render(Deployment)} returned for it
     * @return the planned changes
     * @throws IllegalArgumentException when the rendered files have errors
     */
    public Plan plan(Deployer deployer, Deployment deployment, RenderResult rendered) {
        return deployer.plan(checkedOptions(deployment, rendered));
    }

    /**
     * Deploys a rendered deployment with {@link #deployOptions default options}: plans, refuses to
     * replace or remove stateful resources, executes, and follows the stack until it settles,
     * reporting to the deployer's listener.
     *
     * @param deployer   from {@link #deployer(AwsClients, DeployListener)}
     * @param deployment the deployment that was rendered
     * @param rendered   what {@link #render(Deployment)} returned for it
     * @return the final status and the stack outputs (the site URL first)
     * @throws IllegalArgumentException when the rendered files have errors
     * @throws dev.moodleaws.core.deploy.DeployException when the deployer refuses or the stack fails
     */
    public DeployResult deploy(Deployer deployer, Deployment deployment, RenderResult rendered) {
        return deployer.deploy(checkedOptions(deployment, rendered));
    }

    private DeployOptions checkedOptions(Deployment deployment, RenderResult rendered) {
        if (rendered.hasErrors()) {
            throw new IllegalArgumentException("the rendered files of " + deployment.name() + " have "
                    + rendered.report().count(Severity.ERROR) + " error(s); they are not deployed");
        }
        return deployOptions(deployment, rendered).build();
    }

    /** Options of a {@link MoodleAws}; every option has a default. */
    public static final class Builder {
        private Path templateOverrides;
        private PropertySource properties = PropertySource.none();

        private Builder() {
        }

        /**
         * A folder of templates that replace the built-in ones of the same name, for example
         * {@code cloudformation.yaml.ftl} or {@code instance/RUNBOOK.md.ftl}; by default none.
         *
         * @param folder an existing folder, or null for none
         * @return this builder
         */
        public Builder templateOverrides(Path folder) {
            this.templateOverrides = folder;
            return this;
        }

        /**
         * Where the values of {@code ${name}} placeholders come from when a read does not give its
         * own; by default nowhere, so every placeholder is reported unresolved.
         *
         * @param source the values, for example {@link PropertySource#environment()}
         * @return this builder
         */
        public Builder properties(PropertySource source) {
            this.properties = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * The instance.
         *
         * @return a new immutable instance
         * @throws IllegalArgumentException when the template override folder does not exist
         */
        public MoodleAws build() {
            return new MoodleAws(this);
        }
    }
}
