/**
 * The deployment model: immutable records with builders and safe defaults, one per part of the
 * site, rooted at {@link dev.moodleaws.core.model.Deployment}, plus
 * {@link dev.moodleaws.core.model.Effective}, which resolves the choices left open. API.
 */
package dev.moodleaws.core.model;
