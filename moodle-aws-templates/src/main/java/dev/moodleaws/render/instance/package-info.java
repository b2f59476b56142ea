/**
 * What runs on the instances: the view models of config.php, the boot scripts and the runbook, and
 * their renderer. Internal, except that overrides of those templates read the public view records.
 */
package dev.moodleaws.render.instance;
