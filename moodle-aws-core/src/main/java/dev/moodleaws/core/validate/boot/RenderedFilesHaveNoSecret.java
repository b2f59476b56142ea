package dev.moodleaws.core.validate.boot;

import dev.moodleaws.core.bundle.BootPayload;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.text.SecretShapes;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/**
 * No rendered file (the template, the boot scripts, config.php, the RUNBOOK, the diagram, and any
 * file a template override adds) holds a value shaped like a secret: a password in a URL, an AWS
 * access key id or secret access key, or a private key. The model rules refuse such values in the
 * descriptor; this rule catches what reaches the files another way (a template override, a
 * default, a rule an embedding program turned off). The compressed copies of the boot scripts in
 * the template's user data are base64, not text: the plain scripts of the bundle stand for them.
 */
final class RenderedFilesHaveNoSecret implements ArtifactRule {
    private static final RuleInfo INFO = new RuleInfo("BOOT-006", Severity.ERROR,
            "No rendered file contains a secret",
            "Take the value out of the descriptor or the template override that put it into the file, and keep it in "
                    + "AWS Secrets Manager; the boot scripts fetch secrets at boot.",
            RuleSource.MOODLE_AWS, "Secrets never appear in the rendered files");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Bundle bundle, Findings out) {
        for (BundleFile f : bundle.files()) {
            SecretShapes.findByLine(BootPayload.blankPayloads(f.content())).forEach((line, what) ->
                    out.inArtifact(f.path(), line, f.path() + " holds " + what + " on line " + line));
        }
    }
}
