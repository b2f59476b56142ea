package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;

/** A code reference the descriptor names is a tag or a commit, not a branch that moves. */
final class PinnedCodeRef implements ModelRule {
    static final RuleInfo INFO = new RuleInfo("MOODLE-009", Severity.INFO,
            "The code reference is a tag or a commit, not a moving branch",
            "Write a release tag or a commit as `ref:` under `moodle.code:` in moodle-aws.yaml, e.g. `ref: v4.5.6`.",
            RuleSource.MOODLE_AWS, "https://github.com/moodle/moodle/tags");

    private static final String BRANCH_PREFIX = "MOODLE_";
    private static final String BRANCH_SUFFIX = "_STABLE";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Deployment deployment, Findings out) {
        Moodle moodle = deployment.moodle();
        // Only a reference the descriptor names: the default is the tool's choice and documented as a branch.
        if (moodle.code().ref() == null) {
            return;
        }
        String ref = Effective.codeRef(moodle);
        if (isMovingBranch(ref)) {
            out.at("moodle.code.ref", "moodle.code.ref is " + ref + ", a branch that moves with every weekly"
                    + " release: a Spot node that boots next week checks out newer code than the nodes beside it and"
                    + " than the database was upgraded to. Pin a tag or a commit so every node runs the same code.");
        }
    }

    private static boolean isMovingBranch(String ref) {
        if (ref.equals("main") || ref.equals("master")) {
            return true;
        }
        return ref.startsWith(BRANCH_PREFIX) && ref.endsWith(BRANCH_SUFFIX)
                && ref.length() > BRANCH_PREFIX.length() + BRANCH_SUFFIX.length();
    }
}
