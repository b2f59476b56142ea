/**
 * The rule catalog and the validator: rule descriptions ({@link dev.moodleaws.core.validate.RuleInfo}),
 * the two kinds of rules (on the model and on rendered files), findings, reports and suppressions.
 * API; write a rule of your own by implementing {@link dev.moodleaws.core.validate.ModelRule} or
 * {@link dev.moodleaws.core.validate.ArtifactRule}.
 */
package dev.moodleaws.core.validate;
