/**
 * The rules on the rendered CloudFormation template (it parses, references resolve, stateful
 * resources are kept, sizes fit). Internal: only {@link dev.moodleaws.core.validate.artifact.TemplateRules#all()}
 * is public, for {@link dev.moodleaws.core.validate.rules.StandardRules}; use the rules through the validator.
 */
package dev.moodleaws.core.validate.artifact;
