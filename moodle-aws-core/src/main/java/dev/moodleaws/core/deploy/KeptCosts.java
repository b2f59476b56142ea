package dev.moodleaws.core.deploy;

/**
 * What each kind of kept resource costs, as text with its unit, for the destroy report.
 *
 * @param fileSystem per GB-month of EFS storage
 * @param secret     per secret and month
 * @param snapshot   per GB-month of database snapshot storage
 * @param backup     per GB-month of AWS Backup storage
 */
public record KeptCosts(String fileSystem, String secret, String snapshot, String backup) {
    /** Without a price table: where to look the prices up. */
    public static KeptCosts unknown() {
        String see = "see the AWS price list of the region";
        return new KeptCosts(see, see, see, see);
    }
}
