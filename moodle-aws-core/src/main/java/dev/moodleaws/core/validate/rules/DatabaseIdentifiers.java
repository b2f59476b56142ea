package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** DB-020: the schema name and the master user are names RDS accepts. */
final class DatabaseIdentifiers extends ShapeRule {
    static final RuleInfo INFO = new RuleInfo("DB-020", Severity.ERROR,
            "The database and master user names are MySQL names RDS accepts",
            "Write `databaseName` as 1 to 64 letters, digits and _ starting with a letter, and `masterUsername` as 1 to 16 of them, not rdsadmin.",
            RuleSource.AWS, "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.Constraints");

    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern USER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,15}");
    DatabaseIdentifiers() {
        super(INFO);
    }

    @Override
    Map<String, String> values(Deployment d) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("database.databaseName", d.database().databaseName());
        out.put("database.masterUsername", d.database().masterUsername());
        return out;
    }

    @Override
    Optional<String> problem(String path, String value) {
        boolean user = path.endsWith("masterUsername");
        if (!(user ? USER : SCHEMA).matcher(value).matches()) {
            return Optional.of("RDS takes 1 to " + (user ? 16 : 64) + " letters, digits and _, starting with a letter");
        }
        return user && value.equalsIgnoreCase("rdsadmin") ? Optional.of("rdsadmin is reserved by RDS") : Optional.empty();
    }
}
