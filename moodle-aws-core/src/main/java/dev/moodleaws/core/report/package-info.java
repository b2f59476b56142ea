/**
 * Validation reports in three forms: text for people and build logs, JSON for other programs, and
 * SARIF 2.1.0 for code scanning, plus writing the report files. API.
 */
package dev.moodleaws.core.report;
