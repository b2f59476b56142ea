/**
 * The view model of the CloudFormation template ({@code cloudformation.yaml.ftl}): every resource and
 * value the template writes, computed in Java. Internal, except that an override of that template
 * reads the public view records and logical IDs.
 */
package dev.moodleaws.render.stack;
