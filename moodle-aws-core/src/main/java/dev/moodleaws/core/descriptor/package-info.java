/**
 * Reads {@code moodle-aws.yaml} into the model, keeping the place of every value and reporting every
 * problem at once: {@link dev.moodleaws.core.descriptor.DescriptorReader}, placeholder values
 * ({@link dev.moodleaws.core.descriptor.PropertySource}) and problems. API; the schema of the
 * descriptor and the reading helpers are package-private.
 */
package dev.moodleaws.core.descriptor;
