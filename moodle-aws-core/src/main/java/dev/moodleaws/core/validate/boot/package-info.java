/**
 * The rules on the rendered instance files (config.php and the boot scripts: cron only on the stable
 * node, no secret in config.php, user data within its size limit). Internal: the list and the file
 * names are public for the validator and the render step; use the rules through the validator.
 */
package dev.moodleaws.core.validate.boot;
