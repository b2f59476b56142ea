<?php
// Moodle's plugin manager on one node: for each component given, its status, the version on disk
// and in the database, and the folder it was loaded from; then whether its own table exists.
define('CLI_SCRIPT', true);
require($argv[1]);
$manager = core_plugin_manager::instance();
foreach (array_slice($argv, 2) as $component) {
    $info = $manager->get_plugin_info($component);
    if ($info === null) {
        echo "$component absent\n";
        continue;
    }
    echo "$component {$info->get_status()} disk={$info->versiondisk} db={$info->versiondb} dir={$info->rootdir}\n";
    echo "$component table=" . ($DB->get_manager()->table_exists($component) ? 'yes' : 'no') . "\n";
}
