/**
 * The rules on the deployment model, one class per rule, grouped by
 * {@link dev.moodleaws.core.validate.rules.ApplicationRules} and
 * {@link dev.moodleaws.core.validate.rules.InfrastructureRules}. Internal: the rule classes are
 * package-private; use them through the validator and the rule catalog.
 */
package dev.moodleaws.core.validate.rules;
