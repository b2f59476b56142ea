/**
 * The rendered files of one deployment ({@link dev.moodleaws.core.bundle.Bundle}), as the render
 * step produces them and the artifact rules and the deployer read them. API.
 */
package dev.moodleaws.core.bundle;
