package dev.moodleaws.core.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule moodle-aws knows, in catalog order: the model rules, the artifact rules, then the
 * rules on the descriptor's own suppressions. It answers lookups by ID and generates the rule
 * reference ({@code docs/rules.md}).
 */
public final class RuleCatalog {
    /** A suppression names a rule ID that is not in the catalog. */
    public static final RuleInfo UNKNOWN_RULE = new RuleInfo("SUPP-001", Severity.ERROR,
            "A suppression names a rule that exists",
            "Correct the rule ID of the suppression (see the rule reference) or remove the suppression.",
            RuleSource.MOODLE_AWS, "Suppressions");

    /** A suppression accepts no finding: it is stale or its path does not match. */
    public static final RuleInfo UNUSED_SUPPRESSION = new RuleInfo("SUPP-002", Severity.WARNING,
            "A suppression accepts at least one finding",
            "Remove the suppression, or correct its path so that it covers the finding it is meant to accept.",
            RuleSource.MOODLE_AWS, "Suppressions");

    /** A suppression gives no reason. */
    public static final RuleInfo MISSING_REASON = new RuleInfo("SUPP-003", Severity.ERROR,
            "A suppression states why the finding is accepted",
            "Write in `reason` why the finding is acceptable for this site.",
            RuleSource.MOODLE_AWS, "Suppressions");

    /** A rule failed with an exception instead of finishing: a defect of that rule, not of the site. */
    public static final RuleInfo RULE_FAILED = new RuleInfo("RULE-001", Severity.ERROR,
            "Every rule runs to its end",
            "Report the defect of the named rule with the message; the other rules still ran. A rule added by an "
                    + "embedding program is that program's to fix.",
            RuleSource.MOODLE_AWS, "Validator");

    /** The descriptor cannot be read: a reader problem, reported like a finding so that the reports never keep an old verdict. */
    public static final RuleInfo UNREADABLE = new RuleInfo("READ-001", Severity.ERROR,
            "The descriptor can be read",
            "Fix what the message names at its line and column: YAML syntax, an unknown key, a wrong type, a refused character,"
                    + " a secret, or a limit of size, nesting or number (see the README, What is refused, and why).",
            RuleSource.MOODLE_AWS, "docs/descriptor.md");

    private static final Map<String, String> GROUP_NAMES = Map.ofEntries(
            Map.entry("AWS", "What AWS offers"),
            Map.entry("SUPP", "Suppressions"),
            Map.entry("RULE", "Validator"),
            Map.entry("READ", "Reading the descriptor"));

    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byId;

    /** A catalog of exactly these rules, in this order. */
    public RuleCatalog(List<RuleInfo> rules) {
        this.rules = List.copyOf(rules);
        Map<String, RuleInfo> index = new HashMap<>();
        for (RuleInfo rule : this.rules) {
            index.putIfAbsent(rule.id(), rule);
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** The full catalog: {@link RuleSet#modelRules()}, {@link RuleSet#artifactRules()}, then {@link #suppressionRules()}. */
    public static RuleCatalog standard() {
        return of(RuleSet.standard().modelRules(), RuleSet.standard().artifactRules());
    }

    /** A catalog of the given rules followed by the suppression rules and the reader's. */
    public static RuleCatalog of(List<ModelRule> modelRules, List<ArtifactRule> artifactRules) {
        List<RuleInfo> all = new ArrayList<>();
        modelRules.forEach(r -> all.add(r.info()));
        artifactRules.forEach(r -> all.add(r.info()));
        all.addAll(suppressionRules());
        return new RuleCatalog(all);
    }

    /** The rules the validator applies to the descriptor's suppressions and to the rules themselves. */
    public static List<RuleInfo> suppressionRules() {
        return List.of(UNKNOWN_RULE, UNUSED_SUPPRESSION, MISSING_REASON, RULE_FAILED, UNREADABLE);
    }

    /** Every rule, in catalog order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The rule with this ID. */
    public Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /**
     * What is wrong with the catalog itself: duplicate IDs, blank or multi-line titles, blank fixes.
     * Empty for a sound catalog.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RuleInfo rule : rules) {
            if (seen.merge(rule.id(), 1, Integer::sum) == 2) {
                problems.add(rule.id() + " is used by more than one rule");
            }
            if (rule.title().isBlank() || rule.title().contains("\n")) {
                problems.add(rule.id() + " needs a title of exactly one line");
            }
            if (rule.fix().isBlank()) {
                problems.add(rule.id() + " needs a fix");
            }
        }
        return problems;
    }

    /**
     * The rule reference in Markdown: rules grouped by ID prefix, groups in catalog order, rules
     * within a group by ID. The text depends only on the catalog.
     */
    public String markdown() {
        Map<String, List<RuleInfo>> groups = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            groups.computeIfAbsent(rule.group(), g -> new ArrayList<>()).add(rule);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Rule reference\n\n");
        md.append("<!-- Generated from the rule catalog (RuleCatalog.markdown()); do not edit by hand. -->\n\n");
        md.append("This page is generated from the rule catalog in `moodle-aws-core`, so it always matches the\n");
        md.append("validator. Every finding names its rule ID; to accept a finding, add a suppression with that ID\n");
        md.append("and a reason to `moodle-aws.yaml`; a `path` limits it to one key and what lies below it:\n\n");
        md.append("```yaml\n");
        md.append("suppressions:\n");
        md.append("  - rule: FLEET-003\n");
        md.append("    path: web.instanceTypes\n");
        md.append("    reason: Two instance families are enough for this site's load.\n");
        md.append("```\n\n");
        md.append("A suppressed finding is still reported, marked as suppressed. Errors that are not suppressed\n");
        md.append("block render and deploy; warnings and info do not.\n\n");
        md.append(rules.size()).append(rules.size() == 1 ? " rule" : " rules").append(" in ")
                .append(groups.size()).append(groups.size() == 1 ? " group.\n" : " groups.\n");
        for (Map.Entry<String, List<RuleInfo>> group : groups.entrySet()) {
            md.append("\n## ").append(group.getKey());
            String name = GROUP_NAMES.get(group.getKey());
            if (name != null) {
                md.append(": ").append(name);
            }
            md.append("\n");
            group.getValue().stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(rule -> appendRule(md, rule));
        }
        return md.toString();
    }

    private static void appendRule(StringBuilder md, RuleInfo rule) {
        md.append("\n### ").append(rule.id()).append(": ").append(oneLine(rule.title())).append("\n\n");
        md.append("- Severity: ").append(rule.severity().label()).append("\n");
        md.append("- Fix: ").append(oneLine(rule.fix())).append("\n");
        md.append("- Source: ").append(rule.source().label());
        if (!rule.reference().isBlank()) {
            md.append(" (").append(reference(rule.reference())).append(")");
        }
        md.append("\n");
    }

    private static String reference(String reference) {
        String r = oneLine(reference);
        return isUrl(r) ? "<" + r + ">" : r;
    }

    /** Whether a rule's reference is a web address rather than a section name. */
    public static boolean isUrl(String reference) {
        return reference.startsWith("https://") || reference.startsWith("http://");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
