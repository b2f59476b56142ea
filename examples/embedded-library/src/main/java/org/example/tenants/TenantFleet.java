package org.example.tenants;

import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.render.RenderResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the sites of many tenants from one template descriptor with the moodle-aws library.
 * A tenant whose site has errors is reported and skipped; the others are rendered all the same.
 *
 * <p>Run by hand: {@code java -cp ... org.example.tenants.TenantFleet target/tenants}.
 */
public final class TenantFleet {
    /** The template descriptor, on the classpath, and the name findings show for it. */
    public static final String TEMPLATE = "tenant-template.yaml";

    private final MoodleAws moodleAws;
    private final String template;

    /** A fleet rendering with {@code moodleAws} from the template descriptor on the classpath. */
    public TenantFleet(MoodleAws moodleAws) {
        this.moodleAws = moodleAws;
        this.template = readTemplate();
    }

    /** The sample tenants: {@code count} sites of varied names, domains and sizes. */
    public static List<Tenant> sampleTenants(int count) {
        Tenant.Size[] sizes = Tenant.Size.values();
        List<Tenant> tenants = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String name = String.format(Locale.ROOT, "tenant-%03d", i);
            String domain = i % 2 == 0
                    ? String.format(Locale.ROOT, "learn.school-%03d.example.org", i)
                    : String.format(Locale.ROOT, "college-%03d.example.net", i);
            tenants.add(new Tenant(name, domain, sizes[i % sizes.length]));
        }
        return tenants;
    }

    /**
     * Reads, validates and renders every tenant, writing each rendered bundle into
     * {@code outDir/<tenant name>/}. Tenants are independent: they are rendered in parallel on
     * the one shared {@link MoodleAws}, and results come back in the order of {@code tenants}.
     */
    public List<TenantResult> render(List<Tenant> tenants, Path outDir) {
        return tenants.parallelStream().map(t -> render(t, outDir)).toList();
    }

    private TenantResult render(Tenant tenant, Path outDir) {
        Deployment site;
        try {
            site = moodleAws.read(TEMPLATE, template, PropertySource.of(tenant.properties()));
        } catch (DescriptorException e) {
            return new TenantResult(tenant, null, null, null, List.of(), e.getMessage());
        }
        Report report = moodleAws.validate(site);
        if (report.hasErrors()) {
            return failed(tenant, site, report);
        }
        RenderResult rendered = moodleAws.render(site);
        if (rendered.hasErrors()) {
            return failed(tenant, site, rendered.report());
        }
        Path folder = outDir.resolve(tenant.name());
        moodleAws.write(rendered.bundle(), folder);
        String stackName = site.name();
        return new TenantResult(tenant, stackName, site.moodle().wwwroot(), folder, List.of(),
                moodleAws.textReport(rendered.report(), TEMPLATE));
    }

    private TenantResult failed(Tenant tenant, Deployment site, Report report) {
        List<String> errorIds = report.active().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule).map(r -> r.id()).distinct().toList();
        return new TenantResult(tenant, null, site.moodle().wwwroot(), null, errorIds,
                moodleAws.textReport(report, TEMPLATE));
    }

    private static String readTemplate() {
        try (InputStream in = TenantFleet.class.getResourceAsStream("/" + TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders a hundred sample tenants into the folder given as the first argument (default {@code target/tenants}). */
    public static void main(String[] args) {
        Path outDir = Path.of(args.length > 0 ? args[0] : "target/tenants");
        List<TenantResult> results;
        try (MoodleAws moodleAws = MoodleAws.standard()) {
            results = new TenantFleet(moodleAws).render(sampleTenants(100), outDir);
        }
        for (TenantResult r : results) {
            if (r.rendered()) {
                System.out.println(r.tenant().name() + ": rendered into " + r.folder());
            } else {
                System.out.println(r.tenant().name() + ": not rendered, " + r.errorIds() + "\n" + r.report());
            }
        }
    }
}
