package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** moodledata and the code are separate folders, neither inside the other. */
final class DatarootOutsideCode implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-006", Severity.ERROR,
            "dataroot and codeRoot are separate folders",
            "Write separate folders as `dataroot:` and `codeRoot:` under `moodle:` in moodle-aws.yaml, e.g. `dataroot: /var/www/moodledata` and `codeRoot: /var/www/moodle` (the defaults).",
            RuleSource.MOODLE, "https://docs.moodle.org/en/Installing_Moodle#Create_the_(moodledata)_data_directory");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Moodle moodle = deployment.moodle();
        if (moodle.dataroot() == null || moodle.codeRoot() == null) {
            return;
        }
        String dataroot = withoutTrailingSlashes(moodle.dataroot());
        String codeRoot = withoutTrailingSlashes(moodle.codeRoot());
        if (isWithin(dataroot, codeRoot)) {
            out.at("moodle.dataroot", "moodle.dataroot " + moodle.dataroot() + " is inside moodle.codeRoot "
                    + moodle.codeRoot() + ": the web server could serve moodledata (uploaded files, backups, the"
                    + " encryption keys) directly, bypassing Moodle's access checks, and a code checkout could"
                    + " overwrite it.");
        } else if (isWithin(codeRoot, dataroot)) {
            out.at("moodle.codeRoot", "moodle.codeRoot " + moodle.codeRoot() + " is inside moodle.dataroot "
                    + moodle.dataroot() + ": the code would be checked out onto the shared EFS file system, where"
                    + " every booting node rewrites the same checkout under running nodes, and moodledata would sit"
                    + " next to the files the web server serves.");
        }
    }

    private static boolean isWithin(String path, String folder) {
        if (path.equals(folder) || folder.equals("/")) {
            return true;
        }
        return path.startsWith(folder) && path.charAt(folder.length()) == '/';
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
