/**
 * The command-line entry for pre-commit hooks and pipelines without Maven: {@code moodle-aws validate}
 * and {@code moodle-aws render}, with the reports and exit codes of the Maven goals.
 */
package dev.moodleaws.cli;
