package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Sizes;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.OptionalLong;

/** DB-009: {@code max_allowed_packet} is at least 256M, for large uploads. */
final class MaxAllowedPacketRule implements ModelRule {
    static final long MINIMUM = Sizes.toBytes("256M").orElseThrow();

    static final RuleInfo INFO = new RuleInfo("DB-009", Severity.WARNING,
            "max_allowed_packet is at least 256M",
            "Set database.maxAllowedPacket: 256M (or more, at most 1G).",
            RuleSource.GUIDE, "guide: 1. Establish Shared Storage and State (max_allowed_packet at least 256M for large file uploads)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        OptionalLong bytes = Sizes.toBytes(deployment.database().maxAllowedPacket());
        if (bytes.isPresent() && bytes.getAsLong() < MINIMUM) {
            out.at("database.maxAllowedPacket", "database.maxAllowedPacket is " + deployment.database().maxAllowedPacket()
                    + ": below 256M, large files and backups written to the database fail with 'packet too large'.");
        }
    }
}
