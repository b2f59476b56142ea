package dev.moodleaws;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.deploy.AwsClients;
import dev.moodleaws.core.deploy.DeployConfigurationException;
import dev.moodleaws.core.deploy.DeployException;
import dev.moodleaws.core.cost.CostEstimate;
import dev.moodleaws.core.cost.CostEstimator;
import dev.moodleaws.core.cost.CostException;
import dev.moodleaws.core.cost.PriceTable;
import dev.moodleaws.core.deploy.DeployOptions;
import dev.moodleaws.core.deploy.DestroyResult;
import dev.moodleaws.core.deploy.Destroyer;
import dev.moodleaws.core.deploy.DriftDetector;
import dev.moodleaws.core.deploy.DriftReport;
import dev.moodleaws.core.deploy.DeployResult;
import dev.moodleaws.core.deploy.Deployer;
import dev.moodleaws.core.deploy.Plan;
import dev.moodleaws.core.deploy.PlannedChange;
import dev.moodleaws.core.deploy.ReplacementRefusedException;
import dev.moodleaws.core.deploy.Sleeper;
import dev.moodleaws.core.deploy.StackCapabilities;
import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorReader;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.report.JsonReport;
import dev.moodleaws.core.report.ReportFiles;
import dev.moodleaws.core.report.SarifReport;
import dev.moodleaws.core.report.TextReport;
import dev.moodleaws.core.report.Tool;
import dev.moodleaws.core.resolve.AwsSourceLookup;
import dev.moodleaws.core.resolve.SourceLookup;
import dev.moodleaws.core.resolve.SourceLookupException;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.RuleCatalog;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.core.validate.Validator;
import dev.moodleaws.render.BundleWriteException;
import dev.moodleaws.render.BundleWriter;
import dev.moodleaws.render.RenderException;
import dev.moodleaws.render.RenderRefusedException;
import dev.moodleaws.render.RenderResult;
import dev.moodleaws.render.Renderer;
import dev.moodleaws.render.TemplateEngine;
import dev.moodleaws.render.TemplateOverridesException;
import dev.moodleaws.render.TemplateRenderException;
import dev.moodleaws.render.stack.LogicalIds;
import dev.moodleaws.render.stack.PluginVersions;
import dev.moodleaws.render.stack.StackInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point for using moodle-aws as a library, without Maven: read a descriptor,
 * validate it, render its bundle, write the bundle, show the reports, and plan or deploy the
 * stack. Every method delegates to the core and render packages; nothing here decides anything
 * they do not.
 *
 * <p>Each stage fails with its own family of exceptions: reading with {@link DescriptorException}
 * (checked, every problem listed), validating, rendering and writing with {@link RenderException},
 * planning and deploying with {@link DeployException}. They carry data (the problems, the report,
 * the stack status, the setting to change) and the causing exception; none speaks of Maven.
 *
 * <p>Build one instance and reuse it: it is thread-safe, and it holds the FreeMarker setup, which
 * is the costly part to create. It owns the AWS clients it creates for plan and deploy (one
 * CloudFormation client per region, an S3 client only when a template goes through a bucket or holds
 * the code archive, an SSM client for the machine images) and
 * closes them in {@link #close()}; clients given with {@link Builder#awsClients(AwsClients)} are
 * shared and left open. An instance that only validates and renders never touches AWS.
 *
 * <pre>{@code
 * try (MoodleAws moodleAws = MoodleAws.builder()
 *         .properties(PropertySource.of(Map.of("domain", "learn.example.org")))
 *         .build()) {
 *     Deployment site = moodleAws.read(Path.of("moodle-aws.yaml"));     // DescriptorException
 *     Report report = moodleAws.validate(site);
 *     System.out.print(moodleAws.textReport(report, "moodle-aws.yaml"));
 *     if (!report.hasErrors()) {
 *         RenderResult rendered = moodleAws.render(site);                // RenderException
 *         moodleAws.write(rendered.bundle(), Path.of("target/moodle-aws"));
 *         Plan plan = moodleAws.plan(site, rendered, DeployRequest.defaults()); // DeployException
 *         System.out.println(plan.summary() + (plan.deployable() ? "" : " Refused: " + plan.refused()));
 *     }
 * }
 * }</pre>
 */
public final class MoodleAws implements AutoCloseable {

    /** The stack output holding the site's address, listed first after a deploy. */
    public static final String SITE_URL_OUTPUT = "SiteUrl";

    /** The resource types of a Moodle stack that hold data, with what a site loses when one is replaced. */
    public static final Map<String, String> DATA_HOLDING_TYPES = Map.of(
            "AWS::RDS::DBCluster", "the Moodle database",
            "AWS::RDS::DBInstance", "the Moodle database (or an Aurora member)",
            "AWS::EFS::FileSystem", "moodledata (uploaded files)",
            "AWS::ElastiCache::ReplicationGroup", "the sessions of every logged-in user",
            "AWS::SecretsManager::Secret", "the database and Redis credentials",
            "AWS::KMS::Key", "the key that decrypts the data and its snapshots");

    private final PropertySource properties;
    private final Validator validator;
    private final Path templateOverrides;
    private Renderer renderer;
    private final BundleWriter writer;
    private final AwsClients sharedClients;
    private final AwsClients.Builder clientSettings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final SourceLookup sourceLookup;
    private AwsClients ownedClients;
    private boolean closed;

    private MoodleAws(Builder b) {
        this.properties = b.properties;
        this.validator = b.modelRules.isEmpty() && b.artifactRules.isEmpty() ? Validator.standard()
                : Validator.standardWith(b.modelRules, b.artifactRules);
        checkDistinctIds(validator.catalog());
        this.templateOverrides = b.templateOverrides;
        if (templateOverrides != null && !Files.isDirectory(templateOverrides)) {
            throw new TemplateOverridesException(templateOverrides,
                    "template override folder does not exist: " + templateOverrides, null);
        }
        this.writer = new BundleWriter();
        this.sharedClients = b.sharedClients;
        this.clientSettings = b.clientSettings;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.sourceLookup = b.sourceLookup;
    }

    /** The renderer, made on the first render: reading and validating need no template engine. */
    private synchronized Renderer renderer() {
        if (renderer == null) {
            renderer = new Renderer(engine(templateOverrides), validator);
        }
        return renderer;
    }

    private static void checkDistinctIds(RuleCatalog catalog) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var rule : catalog.rules()) {
            if (!seen.add(rule.id())) {
                throw new IllegalArgumentException("two rules have the ID " + rule.id() + "; give the added rule another");
            }
        }
    }

    private static TemplateEngine engine(Path overrides) {
        try {
            return TemplateEngine.withOverrides(overrides);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new TemplateOverridesException(overrides, e.getMessage(), e);
        }
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
        return renderer().render(deployment);
    }

    /**
     * Writes a bundle into a folder, replacing the bundle written there before all at once; files
     * other tools put into the folder stay.
     *
     * @param bundle the rendered files
     * @param outDir the folder, created if needed
     * @throws BundleWriteException when it cannot; the folder then holds what it held before
     */
    public void write(Bundle bundle, Path outDir) {
        try {
            writer.write(bundle, outDir);
        } catch (UncheckedIOException e) {
            throw new BundleWriteException(outDir, e.getCause());
        }
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
     * One finding as the text report shows it: {@code file:line:column: severity ID: message}.
     *
     * @param finding        the finding
     * @param descriptorPath how to name the descriptor
     * @return the line, without a line break
     */
    public String textEntry(Finding finding, String descriptorPath) {
        return TextReport.entry(finding, descriptorPath);
    }

    /**
     * The one-line summary of a report: how many errors, warnings and suppressed findings.
     *
     * @param report the findings
     * @return the line, without a line break
     */
    public String summary(Report report) {
        return TextReport.summary(report);
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
     * The deploy options of a rendered deployment: the stack named after the deployment, its
     * rendered template, its tags and the capabilities the template needs. The safe defaults of
     * {@link DeployOptions} hold; change them on the returned builder. Plan and deploy add the
     * parameters that pin the code version and the machine images ({@link StackInputs}), which the
     * template needs.
     *
     * @param deployment the deployment that was rendered
     * @param rendered   what {@link #render(Deployment)} returned for it
     * @return a builder of the options
     */
    public DeployOptions.Builder deployOptions(Deployment deployment, RenderResult rendered) {
        return deployOptions(deployment.name(), deployment, rendered);
    }

    private static DeployOptions.Builder deployOptions(String stackName, Deployment deployment, RenderResult rendered) {
        String template = rendered.bundle().content(Bundle.TEMPLATE);
        return DeployOptions.builder(stackName, template)
                .tags(deployment.tags())
                .capabilities(StackCapabilities.of(template).toArray(String[]::new))
                .dataHoldingTypes(DATA_HOLDING_TYPES)
                .leadingOutputs(SITE_URL_OUTPUT);
    }

    /**
     * What deploying a rendered deployment would change, and the verdict: creates a change set,
     * reports each change to the request's listener, and deletes the change set again (nothing is
     * executed). {@link Plan#refused()} lists the data-losing changes the options do not allow.
     *
     * @param deployment the deployment that was rendered
     * @param rendered   what {@link #render(Deployment)} returned for it
     * @param request    stack name, region, listener and options; {@link DeployRequest#defaults()}
     * @return the planned changes with the verdict
     * @throws IllegalArgumentException when the rendered files have errors
     * @throws DeployException          when AWS cannot be reached or refuses, or the stack is in a
     *                                  state no change set can be made on
     */
    public Plan plan(Deployment deployment, RenderResult rendered, DeployRequest request) {
        DeployOptions options = options(deployment, rendered, request);
        List<PlannedChange> plugins = pluginChanges(deployment, options, request);
        Plan plan = deployer(deployment, options, request).plan(options);
        restoreConsequence(deployment, plan).ifPresent(request.listener()::note);
        plugins.forEach(request.listener()::change);
        List<PlannedChange> changes = new ArrayList<>(plan.changes());
        changes.addAll(plugins);
        return new Plan(plan.stackName(), plan.changeSetType(), changes, plan.noChanges() && plugins.isEmpty(),
                plan.allowedReplacements());
    }

    /**
     * Deploys a rendered deployment: plans, refuses to replace or remove stateful resources the
     * options do not allow, executes, and follows the stack until it settles, reporting to the
     * request's listener.
     *
     * @param deployment the deployment that was rendered
     * @param rendered   what {@link #render(Deployment)} returned for it
     * @param request    stack name, region, listener and options; {@link DeployRequest#defaults()}
     * @return the final status and the stack outputs (the site URL first)
     * @throws IllegalArgumentException when the rendered files have errors
     * @throws DeployException          when the deploy is refused, fails or is interrupted; the
     *                                  subclass says which and carries the details
     */
    public DeployResult deploy(Deployment deployment, RenderResult rendered, DeployRequest request) {
        DeployOptions options = options(deployment, rendered, request);
        List<PlannedChange> plugins = pluginChanges(deployment, options, request);
        plugins.forEach(request.listener()::change);
        List<PlannedChange> refused = plugins.stream()
                .filter(c -> c.endangersData() && !options.allowedReplacements().contains(c.logicalId())).toList();
        if (!refused.isEmpty()) {
            request.listener().refused(refused);
            throw new ReplacementRefusedException(options.stackName(), refused);
        }
        return deployer(deployment, options, request).deploy(options);
    }

    /**
     * The monthly cost of a rendered deployment, per component, with the Spot share and the figure
     * with every instance On-Demand.
     *
     * @param prices {@link PriceTable#builtIn()} or a newer table the user supplies
     * @throws CostException when the table has no price for something the site uses
     */
    public CostEstimate cost(Deployment deployment, RenderResult rendered, PriceTable prices) {
        return new CostEstimator(prices).estimate(deployment, rendered.bundle());
    }

    /**
     * Which resources of the deployment's stack were changed outside CloudFormation, with each
     * differing property.
     *
     * @param request stack name and region (the descriptor's by default) and the listener
     * @throws DeployException when the stack does not exist, AWS refuses, or the call is interrupted
     */
    public DriftReport drift(Deployment deployment, DeployRequest request) {
        String region = request.region().orElse(deployment.region());
        return DriftDetector.of(clients().cloudFormation(region), request.listener(), clock, sleeper)
                .detect(request.stackName().orElse(deployment.name()), Optional.empty());
    }

    /**
     * Deletes the deployment's stack, keeping its data, and lists what it left behind.
     *
     * @param confirmation the stack name given a second time; anything else refuses
     * @param prices       prices the report of kept resources quotes
     * @throws DeployException when refused, failed or interrupted; the subclass says which
     */
    public DestroyResult destroy(Deployment deployment, DeployRequest request, String confirmation, PriceTable prices) {
        String region = request.region().orElse(deployment.region());
        return Destroyer.of(clients().cloudFormation(region), request.listener(), clock, sleeper)
                .destroy(request.stackName().orElse(deployment.name()), region, confirmation, prices.keptCosts(region),
                        Optional.empty());
    }

    /** Closes the AWS clients this instance made; shared ones stay open. Rendering still works afterwards. */
    @Override
    public void close() {
        AwsClients owned;
        synchronized (this) {
            closed = true;
            owned = ownedClients;
            ownedClients = null;
        }
        if (owned != null) {
            owned.close();
        }
    }

    private DeployOptions options(Deployment deployment, RenderResult rendered, DeployRequest request) {
        if (rendered.hasErrors()) {
            throw new IllegalArgumentException("the rendered files of " + deployment.name() + " have "
                    + rendered.report().count(Severity.ERROR) + " error(s); they are not deployed");
        }
        String stackName = request.stackName().orElse(deployment.name());
        Map<String, String> pins;
        try {
            pins = StackInputs.resolve(deployment, lookup(request.region().orElse(deployment.region())));
        } catch (SourceLookupException e) {
            throw new DeployException(stackName, "Cannot pin the code and machine images of stack " + stackName + ": "
                    + e.getMessage(), e);
        }
        try {
            DeployOptions.Builder builder = deployOptions(stackName, deployment, rendered).parameters(pins);
            request.customize(builder);
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new DeployConfigurationException(DeployConfigurationException.Setting.STACK_NAME, stackName,
                    e.getMessage(), e);
        }
    }

    /**
     * The plugins added, upgraded and removed by deploying {@code options}: the pins planned now against
     * those the stack's {@code PluginVersions} parameter holds (none for a stack not created yet).
     */
    private List<PlannedChange> pluginChanges(Deployment deployment, DeployOptions options, DeployRequest request) {
        PluginVersions planned = PluginVersions.parse(options.parameters().get(LogicalIds.PLUGIN_VERSIONS));
        String held = deployer(deployment, options, request).currentParameters(options.stackName())
                .map(p -> p.get(LogicalIds.PLUGIN_VERSIONS)).orElse(null);
        String stack = options.stackName();
        PluginVersions before;
        try {
            before = PluginVersions.parse(held);
        } catch (IllegalArgumentException e) {
            throw new DeployException(stack, "The stack " + stack + "'s parameter " + LogicalIds.PLUGIN_VERSIONS
                    + " was not written by moodle-aws: " + e.getMessage(), e);
        }
        return PluginChanges.between(deployment, before, planned);
    }

    /**
     * What replacing the database means when the descriptor restores it from a snapshot: the change set
     * only says "replaced", which reads as an empty database.
     */
    static Optional<String> restoreConsequence(Deployment deployment, Plan plan) {
        String snapshot = deployment.database().restoreFromSnapshot();
        if (snapshot == null) {
            return Optional.empty();
        }
        return plan.dataLosingChanges().stream()
                .filter(c -> c.logicalId().equals(LogicalIds.DATABASE_CLUSTER) || c.logicalId().equals(LogicalIds.DATABASE))
                .findFirst()
                .map(c -> c.logicalId() + " " + (c.action() == dev.moodleaws.core.deploy.ChangeAction.ADD ? "is created"
                        : "is REPLACED by a database") + " restored from " + snapshot + ": everything the site wrote"
                        + " since that snapshot is lost, and the database it replaces is kept as a final snapshot"
                        + " (UpdateReplacePolicy: Snapshot). Put the site in maintenance mode before deploying.");
    }

    /** What the stack pins is looked up with git and this instance's AWS clients, unless the builder gave a lookup. */
    private SourceLookup lookup(String region) {
        if (sourceLookup != null) {
            return sourceLookup;
        }
        AwsClients clients = clients();
        return new AwsSourceLookup(() -> clients.s3(region), () -> clients.ssm(region));
    }

    private Deployer deployer(Deployment deployment, DeployOptions options, DeployRequest request) {
        String region = request.region().orElse(deployment.region());
        if (!region.equals(deployment.region())) {
            request.listener().note("Deploying to region " + region + " although the descriptor says "
                    + deployment.region() + "; the template was rendered for " + deployment.region() + ".");
        }
        AwsClients clients = clients();
        return Deployer.builder(clients.cloudFormation(region))
                .s3(options.templateBucket() == null && !options.managedTemplateBucket() ? null : () -> clients.s3(region),
                        () -> clients.sts(region))
                .listener(request.listener()).clock(clock).sleeper(sleeper).build();
    }

    private synchronized AwsClients clients() {
        if (sharedClients != null) {
            return sharedClients;
        }
        if (closed) {
            throw new IllegalStateException("this MoodleAws is closed");
        }
        if (ownedClients == null) {
            ownedClients = (clientSettings == null ? AwsClients.builder() : clientSettings).build();
        }
        return ownedClients;
    }

    /** Options of a {@link MoodleAws}; every option has a default. */
    public static final class Builder {
        private Path templateOverrides;
        private PropertySource properties = PropertySource.none();
        private AwsClients sharedClients;
        private AwsClients.Builder clientSettings;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private SourceLookup sourceLookup;
        private final java.util.List<ModelRule> modelRules = new java.util.ArrayList<>();
        private final java.util.List<ArtifactRule> artifactRules = new java.util.ArrayList<>();

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
         * A rule of your own on the deployment, applied after the built-in ones by {@code validate} and
         * {@code render}, listed by {@code rules()}, and suppressible like any other. A rule that throws
         * becomes a RULE-001 error finding; the other rules still run.
         *
         * @param rule the rule, with an ID no built-in rule has
         * @return this builder
         */
        public Builder rule(ModelRule rule) {
            modelRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * A rule of your own on the rendered files, applied after the built-in ones by {@code render}.
         *
         * @param rule the rule, with an ID no built-in rule has
         * @return this builder
         */
        public Builder artifactRule(ArtifactRule rule) {
            artifactRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * How this instance makes its own AWS clients (profile, endpoint, credentials, retries); it
         * makes them on the first plan or deploy and closes them in {@link MoodleAws#close()}. By
         * default the SDK's chains for credentials. The region is the deployment's.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder awsSettings(AwsClients.Builder settings) {
            this.clientSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * A client set to share with other instances and other deploys; this instance never closes it.
         *
         * @param clients the clients, closed by whoever made them
         * @return this builder
         */
        public Builder awsClients(AwsClients clients) {
            this.sharedClients = Objects.requireNonNull(clients, "clients");
            return this;
        }

        /**
         * The clock deploys measure elapsed time and time limits with; by default the system's.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * How deploys wait between polls and retries; by default {@link Thread#sleep}.
         *
         * @param value the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * Where plan and deploy look up what the stack pins (the commit of the code ref, the archive
         * version, the current machine images); by default git and this instance's AWS clients. Tests
         * and tools with their own answers set it.
         *
         * @param lookup the lookup
         * @return this builder
         */
        public Builder sourceLookup(SourceLookup lookup) {
            this.sourceLookup = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /**
         * The instance.
         *
         * @return a new instance
         * @throws TemplateOverridesException when the template override folder does not exist
         * @throws IllegalArgumentException    when an added rule has the ID of another rule
         */
        public MoodleAws build() {
            return new MoodleAws(this);
        }
    }
}
