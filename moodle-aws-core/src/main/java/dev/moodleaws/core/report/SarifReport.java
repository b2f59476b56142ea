package dev.moodleaws.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moodleaws.core.validate.Finding;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.RuleCatalog;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report in SARIF 2.1.0 for code scanning (GitHub and others): one run whose driver lists every
 * rule of the catalog, and one result per finding.
 *
 * <p>Every result points at the descriptor, relative to {@code %SRCROOT%} (the project root), with
 * the line and column when they are known. Findings on rendered files also point at the
 * descriptor, since that is the file in the repository to change; their message names the
 * rendered file and line. Suppressed findings carry an {@code inSource} suppression with the
 * reason. {@code partialFingerprints} holds a hash of rule and subject, so a finding keeps its
 * identity across runs when lines move.
 */
public final class SarifReport {
    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The schema the output follows: the one OASIS publishes with the standard. */
    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The key of the fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT = "moodleAwsFinding/v1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RuleCatalog catalog;
    private final Tool tool;

    /**
     * @param catalog the rules to describe; findings of rules outside it are described too
     * @param tool    the name, version and home page to state
     */
    public SarifReport(RuleCatalog catalog, Tool tool) {
        this.catalog = catalog;
        this.tool = tool;
    }

    /** The standard catalog and this build of moodle-aws. */
    public static SarifReport standard() {
        return new SarifReport(RuleCatalog.standard(), Tool.current());
    }

    /** The report as pretty-printed SARIF, with the standard catalog. */
    public static String render(Report report, String descriptorPath, String toolVersion) {
        return new SarifReport(RuleCatalog.standard(), Tool.current().withVersion(toolVersion))
                .write(report, descriptorPath);
    }

    /**
     * The report as pretty-printed SARIF ending in a line break.
     *
     * @param descriptorPath the descriptor's path relative to the project root, with {@code /}
     *                       between folders, for example {@code moodle-aws.yaml}
     */
    public String write(Report report, String descriptorPath) {
        return Json.pretty(log(report, descriptorPath));
    }

    /** The report as a SARIF log tree. */
    public ObjectNode log(Report report, String descriptorPath) {
        List<RuleInfo> rules = new ArrayList<>(catalog.rules());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.putIfAbsent(rules.get(i).id(), i);
        }
        for (Finding f : report.findings()) {
            if (!index.containsKey(f.rule().id())) {
                index.put(f.rule().id(), rules.size());
                rules.add(f.rule());
            }
        }
        String uri = uriReference(descriptorPath);

        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", tool.name());
        driver.put("informationUri", tool.informationUri());
        driver.put("semanticVersion", tool.version());
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(rule -> ruleNodes.add(rule(rule)));
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            results.add(result(f, index.get(f.rule().id()), uri, descriptorPath));
        }
        run.put("columnKind", "unicodeCodePoints");
        return log;
    }

    private static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.put("name", camelCase(rule.title()));
        node.putObject("shortDescription").put("text", rule.title());
        node.putObject("fullDescription").put("text", rule.title() + ". Source: " + source(rule));
        ObjectNode help = node.putObject("help");
        help.put("text", rule.fix());
        help.put("markdown", "**Fix:** " + rule.fix() + "\n\n**Source:** " + source(rule));
        if (RuleCatalog.isUrl(rule.reference())) {
            node.put("helpUri", rule.reference());
        }
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        // SARIF wants distinct tags: the ID group and where the rule comes from.
        ArrayNode tags = node.putObject("properties").putArray("tags");
        tags.add(rule.group());
        String source = rule.source().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!source.equalsIgnoreCase(rule.group())) {
            tags.add(source);
        }
        return node;
    }

    private static ObjectNode result(Finding f, int ruleIndex, String uri, String descriptorPath) {
        Place place = Place.of(f, descriptorPath);
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", f.rule().id());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(f.severity()));
        String message = f.message();
        if (place.artifact()) {
            message += place.line() > 0 ? " (in " + place.file() + ", line " + place.line() + ")"
                    : " (in " + place.file() + ")";
        } else {
            message += " (at " + f.subject() + ")";
        }
        node.putObject("message").put("text", message);
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri);
        artifact.put("uriBaseId", "%SRCROOT%");
        if (place.known() && !place.artifact() && place.line() >= 1) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", place.line());
            if (place.column() >= 1) {
                region.put("startColumn", place.column());
            }
        }
        node.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(f));
        ArrayNode suppressions = node.putArray("suppressions");
        if (f.suppressed()) {
            ObjectNode s = suppressions.addObject();
            s.put("kind", "inSource");
            s.put("justification", f.suppression().reason());
        }
        return node;
    }

    /** SARIF level of a severity: {@code error}, {@code warning} or {@code note}. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code "The database runs Multi-AZ"} becomes {@code "TheDatabaseRunsMultiAZ"}. */
    static String camelCase(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split("[^\\p{Alnum}]+")) {
            if (!word.isEmpty()) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
                out.append(word, word.offsetByCodePoints(0, 1), word.length());
            }
        }
        return out.toString();
    }

    /** A stable identity of a finding: rule and subject, not line or message. */
    static String fingerprint(Finding f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((f.rule().id() + "\n" + f.subject()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String source(RuleInfo rule) {
        return rule.reference().isBlank() ? rule.source().label() : rule.source().label() + ", " + rule.reference();
    }

    /** The path as a relative URI reference: {@code /} separators, unsafe characters percent-encoded. */
    static String uriReference(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable descriptor path: " + path, e);
        }
    }
}
