/**
 * The Maven goals: thin mojos that map Maven configuration onto the
 * library, log the findings and fail the build. Not a library API: embed {@code dev.moodleaws.MoodleAws}
 * instead.
 */
package dev.moodleaws.maven;
