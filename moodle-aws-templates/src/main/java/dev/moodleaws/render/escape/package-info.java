/**
 * Escaping for the templates: every value written into YAML, PHP or shell becomes one complete
 * literal of that language. Internal to the render step.
 */
package dev.moodleaws.render.escape;
