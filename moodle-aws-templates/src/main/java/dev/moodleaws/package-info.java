/**
 * The entry point for embedding moodle-aws in another program: {@link dev.moodleaws.MoodleAws}
 * reads a descriptor, validates it, renders and writes its bundle, shows the reports and plans or
 * deploys the stack. API: start here; the other packages hold what it delegates to.
 */
package dev.moodleaws;
