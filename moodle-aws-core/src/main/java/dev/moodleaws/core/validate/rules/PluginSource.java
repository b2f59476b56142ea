package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Plugin;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plugin comes from exactly one source, pinned: a git repository over https or ssh at a ref, or a
 * zip archive over https or in S3 with its SHA-256.
 */
final class PluginSource extends PluginRule {
    static final RuleInfo INFO = new RuleInfo("PLUGIN-004", Severity.ERROR,
            "A plugin has one pinned source: git with ref, or zip or s3 with sha256",
            "Give each entry under `moodle.plugins:` in moodle-aws.yaml exactly one of `git` (https:// or ssh, with `ref`), `zip` (https://) or `s3` (s3://bucket/key), the last two with `sha256`.",
            RuleSource.MOODLE_AWS, "https://docs.moodle.org/en/Installing_plugins");

    static final Pattern GIT = Pattern.compile("(https://|ssh://)[^\\s'\"]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\\s'\"]+");
    static final Pattern ZIP = Pattern.compile("https://[^\\s'\"]+");
    static final Pattern S3 = Pattern.compile("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/[^\\s'\"]+");
    static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,199}");

    PluginSource() {
        super(INFO);
    }

    @Override
    void check(Entry e, PluginFacts.Release facts, Findings out) {
        String problem = problem(e.plugin());
        if (problem != null) {
            out.at(e.path(""), e.path("") + " (" + e.plugin().component() + ") " + problem);
        }
    }

    /** What is wrong with the plugin's source, or null. */
    static String problem(Plugin p) {
        List<String> sources = new ArrayList<>();
        if (p.git() != null) {
            sources.add("git");
        }
        if (p.zip() != null) {
            sources.add("zip");
        }
        if (p.s3() != null) {
            sources.add("s3");
        }
        if (sources.size() != 1) {
            return "names " + (sources.isEmpty() ? "no source" : String.join(" and ", sources)) + "; it needs exactly one";
        }
        if (p.git() != null) {
            if (!GIT.matcher(p.git()).matches()) {
                return "has git " + p.git() + ", not an https:// or ssh address";
            }
            if (p.ref() == null || !REF.matcher(p.ref()).matches()) {
                return "has no ref" + (p.ref() == null ? "" : " but " + p.ref()) + ": every node must fetch the same commit";
            }
            return p.sha256() != null ? "has a sha256, which only an archive has" : null;
        }
        String location = p.zip() != null ? p.zip() : p.s3();
        if (!(p.zip() != null ? ZIP : S3).matcher(location).matches()) {
            return "has " + sources.get(0) + " " + location + ", not " + (p.zip() != null ? "an https:// address" : "s3://bucket/key");
        }
        if (p.sha256() == null || !SHA256.matcher(p.sha256()).matches()) {
            return "has no sha256 of 64 hexadecimal digits" + (p.sha256() == null ? "" : " (" + p.sha256() + ")")
                    + ": the nodes check the archive against it";
        }
        return p.ref() != null ? "has a ref, which only a git source has" : null;
    }
}
