/**
 * The render step: {@link dev.moodleaws.render.Renderer} turns a valid deployment into its bundle with
 * the FreeMarker templates of {@link dev.moodleaws.render.TemplateEngine} (built in, or overridden by
 * name from a folder), and {@link dev.moodleaws.render.BundleWriter} writes it all at once. API.
 */
package dev.moodleaws.render;
