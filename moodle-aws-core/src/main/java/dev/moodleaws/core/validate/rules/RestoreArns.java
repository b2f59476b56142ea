package dev.moodleaws.core.validate.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of the ARNs a restore names: an RDS snapshot and an AWS Backup recovery point. */
final class RestoreArns {
    private static final Pattern RDS_SNAPSHOT =
            Pattern.compile("arn:aws[a-z-]*:rds:([a-z]{2}(?:-[a-z]+)+-[0-9]+):[0-9]{12}:(cluster-snapshot|snapshot):[A-Za-z0-9:-]{1,255}");
    private static final Pattern RECOVERY_POINT =
            Pattern.compile("arn:aws[a-z-]*:backup:([a-z]{2}(?:-[a-z]+)+-[0-9]+):[0-9]{12}:recovery-point:[A-Za-z0-9-]{1,100}");

    /** The kind of RDS snapshot. */
    enum Kind {
        /** {@code cluster-snapshot}: what an Aurora cluster is created from. */
        CLUSTER,
        /** {@code snapshot}: what an RDS DB instance is created from. */
        INSTANCE
    }

    private RestoreArns() {
    }

    /** The snapshot's kind, or empty when {@code arn} is no RDS snapshot ARN. */
    static Optional<Kind> snapshotKind(String arn) {
        Matcher m = RDS_SNAPSHOT.matcher(arn);
        return m.matches() ? Optional.of(m.group(2).equals("cluster-snapshot") ? Kind.CLUSTER : Kind.INSTANCE)
                : Optional.empty();
    }

    /** The region of an RDS snapshot or recovery point ARN, or empty when it is neither. */
    static Optional<String> region(String arn) {
        for (Pattern p : new Pattern[] {RDS_SNAPSHOT, RECOVERY_POINT}) {
            Matcher m = p.matcher(arn);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code arn} is an AWS Backup recovery point ARN. */
    static boolean isRecoveryPoint(String arn) {
        return RECOVERY_POINT.matcher(arn).matches();
    }
}
