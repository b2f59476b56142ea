package dev.moodleaws.cli;

import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorProblem;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.report.ReportFiles;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.ReadFailure;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.render.RenderException;
import dev.moodleaws.render.RenderRefusedException;
import dev.moodleaws.render.RenderResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code moodle-aws validate|render|rules [options] [descriptor]}: the validate and render goals
 * without Maven. Exit code 0 when the goal would pass, 1 when it would fail the build (findings,
 * an unreadable descriptor, a failed write), 2 for a command line it does not understand.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: moodle-aws <validate|render|rules> [options] [descriptor]
              descriptor               the site's moodle-aws.yaml (default: ./moodle-aws.yaml)
              -o, --output <folder>    reports and rendered files (default: ./target/moodle-aws)
              --template-overrides <folder>
                                       templates that replace the built-in ones by name (render)
              --fail-on-warning        fail on warnings too, not only on errors
              -Dname=value             a value for ${name} placeholders (also Java system properties,
                                       and env.NAME for environment variables)
            exit code: 0 passed, 1 failed (as the Maven goal would), 2 bad command line""";

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command and returns its exit code. */
    int run(String[] args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("moodle-aws: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return switch (line.command()) {
            case "help" -> {
                out.println(USAGE_TEXT);
                yield OK;
            }
            case "rules" -> rules();
            default -> withLibrary(line);
        };
    }

    private int withLibrary(CommandLine line) {
        MoodleAws.Builder builder = MoodleAws.builder().properties(properties(line.properties()));
        if (line.command().equals("render")) {
            builder.templateOverrides(line.templateOverrides());
        }
        try (MoodleAws library = builder.build()) {
            Optional<Deployment> deployment = read(library, line);
            if (deployment.isEmpty()) {
                return FAILED;
            }
            return line.command().equals("validate") ? validate(library, line, deployment.get())
                    : render(library, line, deployment.get());
        } catch (RenderException e) {
            err.println("moodle-aws: " + e.getMessage());
            return FAILED;
        }
    }

    private int validate(MoodleAws library, CommandLine line, Deployment deployment) {
        Report report = library.validate(deployment);
        print(library, report, line);
        if (!writeReports(library, line, report)) {
            return FAILED;
        }
        out.println("moodle-aws: reports written to " + line.output().resolve(ReportFiles.SARIF) + " and " + ReportFiles.JSON);
        return verdict(report, line, "validation");
    }

    /** Writes the JSON and SARIF reports; says why and returns false when they cannot be written. */
    private boolean writeReports(MoodleAws library, CommandLine line, Report report) {
        try {
            library.writeReports(line.output(), report, display(line.descriptor()));
            return true;
        } catch (IOException | RuntimeException e) {
            String why = ReportFiles.cannotWrite(line.output(), e);
            err.println("moodle-aws: " + why + (why.endsWith(" is a file, not a folder") ? "; name a folder with -o" : ""));
            return false;
        }
    }

    private int render(MoodleAws library, CommandLine line, Deployment deployment) {
        RenderResult result;
        try {
            result = library.render(deployment);
        } catch (RenderRefusedException e) {
            print(library, e.report(), line);
            writeReports(library, line, e.report());
            verdict(e.report(), line, "validation");
            err.println("moodle-aws: validation found errors (listed above); nothing was rendered.");
            return FAILED;
        }
        print(library, result.report(), line);
        if (!writeReports(library, line, result.report()) || verdict(result.report(), line, "validation") != OK) {
            return FAILED;
        }
        library.write(result.bundle(), line.output());
        out.println("moodle-aws: rendered into " + line.output() + ":");
        for (BundleFile f : result.bundle().files()) {
            out.println(String.format("  %-36s %,9d bytes", f.path(), f.sizeInBytes()));
        }
        return OK;
    }

    private int rules() {
        try (MoodleAws library = MoodleAws.standard()) {
            for (RuleInfo rule : library.rules().rules()) {
                out.println(String.format("%-10s %-7s %s", rule.id(), rule.severity().label(), rule.title()));
            }
            out.println(library.rules().rules().size() + " rules; the reference with fixes and sources is docs/rules.md.");
        }
        return OK;
    }

    /**
     * Reads the descriptor. When it cannot be read, the reports are rewritten with the reader's
     * problems, so they never keep an older run's verdict; the rendered files stay as they were.
     */
    private Optional<Deployment> read(MoodleAws library, CommandLine line) {
        Path descriptor = line.descriptor();
        if (Files.isDirectory(descriptor)) {
            writeReports(library, line, ReadFailure.report("the descriptor is a folder", display(descriptor)));
            err.println("moodle-aws: the descriptor " + display(descriptor) + " is a folder; name the YAML file, such as "
                    + display(descriptor.resolve("moodle-aws.yaml")));
            return Optional.empty();
        }
        if (!Files.isRegularFile(descriptor)) {
            writeReports(library, line, ReadFailure.report("there is no descriptor", display(descriptor)));
            err.println("moodle-aws: no descriptor at " + display(descriptor) + ". Create moodle-aws.yaml (see"
                    + " examples/quickstart) or name the file: moodle-aws " + line.command() + " path/to/moodle-aws.yaml");
            return Optional.empty();
        }
        try {
            return Optional.of(library.read(descriptor));
        } catch (DescriptorException e) {
            for (DescriptorProblem p : e.problems()) {
                out.println(p.format());
            }
            writeReports(library, line, ReadFailure.report(e.problems(), display(descriptor)));
            int n = e.problems().size();
            err.println("moodle-aws: " + display(descriptor) + " has " + n + " problem" + (n == 1 ? "" : "s")
                    + " (listed above). Fix them and run again.");
            return Optional.empty();
        }
    }

    /** Each finding in the compiler-like text form, then the summary: what the goals log. */
    private void print(MoodleAws library, Report report, CommandLine line) {
        for (Finding f : report.findings()) {
            out.println(library.textEntry(f, display(line.descriptor())));
        }
        out.println("moodle-aws: " + library.summary(report));
    }

    private int verdict(Report report, CommandLine line, String what) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        if (errors > 0 || line.failOnWarning() && warnings > 0) {
            String counted = errors > 0 ? errors + " error" + (errors == 1 ? "" : "s")
                    : warnings + " warning" + (warnings == 1 ? "" : "s") + " (--fail-on-warning)";
            err.println("moodle-aws: " + what + " found " + counted + " (listed above). Fix them in "
                    + display(line.descriptor()) + ", or accept one under 'suppressions:' with the rule ID and a reason.");
            return FAILED;
        }
        return OK;
    }

    /** The descriptor as messages and reports name it: relative to the working folder when inside it. */
    static String display(Path descriptor) {
        Path base = Path.of("").toAbsolutePath().normalize();
        Path file = descriptor.toAbsolutePath().normalize();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }

    /** {@code -D} values first, then Java system properties; {@code env.NAME} reads the environment. */
    static PropertySource properties(Map<String, String> defined) {
        PropertySource given = PropertySource.first(PropertySource.of(defined), PropertySource.systemProperties());
        return name -> name.startsWith("env.") ? Optional.ofNullable(System.getenv(name.substring(4))) : given.get(name);
    }
}
