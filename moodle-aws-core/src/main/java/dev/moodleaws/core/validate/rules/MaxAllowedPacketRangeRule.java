package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Sizes;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.OptionalLong;

/** DB-016: {@code max_allowed_packet} is a size MySQL accepts (at most 1G). */
final class MaxAllowedPacketRangeRule implements ModelRule {
    static final long MAXIMUM = Sizes.toBytes("1G").orElseThrow();

    static final RuleInfo INFO = new RuleInfo("DB-016", Severity.ERROR,
            "max_allowed_packet is a size of at most 1G",
            "Set database.maxAllowedPacket to a size such as 256M (at most 1G).",
            RuleSource.AWS, "https://dev.mysql.com/doc/refman/8.4/en/server-system-variables.html#sysvar_max_allowed_packet");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String value = deployment.database().maxAllowedPacket();
        if (value == null) {
            return;
        }
        OptionalLong bytes = Sizes.toBytes(value);
        if (bytes.isEmpty()) {
            out.at("database.maxAllowedPacket", "database.maxAllowedPacket '" + value + "' is not a size such as 256M or 1G.");
        } else if (bytes.getAsLong() > MAXIMUM) {
            out.at("database.maxAllowedPacket", "database.maxAllowedPacket is " + value + ": MySQL and MariaDB cap it at 1G.");
        }
    }
}
