package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Sizes;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.regex.Pattern;

/** DB-010: {@code innodb_buffer_pool_size} is a size or an RDS formula over {@code DBInstanceClassMemory}. */
final class BufferPoolSizeFormatRule implements ModelRule {
    private static final Pattern FORMULA = Pattern.compile("\\{DBInstanceClassMemory(?:[*/]\\d+)*}");

    static final RuleInfo INFO = new RuleInfo("DB-010", Severity.ERROR,
            "innodb_buffer_pool_size is a size or an RDS formula",
            "Set database.innodbBufferPoolSize to a size such as 6G, or to a formula such as"
                    + " \"{DBInstanceClassMemory*3/4}\" (only * and / with whole numbers).",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ParamValuesRef.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        String value = deployment.database().innodbBufferPoolSize();
        if (value != null && !Sizes.isSize(value) && !FORMULA.matcher(value).matches()) {
            out.at("database.innodbBufferPoolSize", "database.innodbBufferPoolSize '" + value + "' is neither a size"
                    + " (6G, 6144M) nor an RDS formula such as {DBInstanceClassMemory*3/4}: formulas allow only * and /.");
        }
    }
}
