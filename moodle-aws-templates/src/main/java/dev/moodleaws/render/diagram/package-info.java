/**
 * The view model of the Mermaid architecture diagram ({@code architecture.mmd.ftl}), computed in
 * Java. Internal, except that an override of that template reads the public view records.
 */
package dev.moodleaws.render.diagram;
