package dev.moodleaws.core.validate.boot;

import dev.moodleaws.core.bundle.BootFiles;
import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BootPayload;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.ArtifactRule;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.List;

/**
 * Each user data script, as the template carries it (compressed, see {@link BootPayload}) and with
 * the room the template takes for its exports, fits EC2's 16 KB user data limit (raw bytes, before
 * the template's base64).
 */
final class UserDataFitsSizeLimit implements ArtifactRule {
    private static final RuleInfo INFO = new RuleInfo("BOOT-005", Severity.ERROR,
            "Each user data script fits the 16 KB EC2 limit",
            "Shorten the boot script (or its template override): move long parts into files the script downloads, or into a baked image.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Bundle bundle, Findings out) {
        int budget = BootFiles.USER_DATA_LIMIT_BYTES - BootFiles.EXPORTS_ALLOWANCE_BYTES;
        for (String path : List.of(BootFiles.WEB_USER_DATA, BootFiles.STABLE_USER_DATA)) {
            bundle.file(path).ifPresent(f -> {
                int carried = BootPayload.wrappedSize(f.path(), f.content());
                if (carried > budget) {
                    out.inArtifact(f.path(), 1, f.path() + " takes " + carried + " bytes of user data compressed ("
                            + f.sizeInBytes() + " plain); with " + BootFiles.EXPORTS_ALLOWANCE_BYTES
                            + " bytes of exports it exceeds " + BootFiles.USER_DATA_LIMIT_BYTES
                            + " bytes (at most " + budget + " allowed)");
                }
            });
        }
    }
}
