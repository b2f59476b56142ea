<?php
// Reads the cache configuration back through Moodle's cache API: the store of each mode, and a
// value written to an application cache and read again.
define('CLI_SCRIPT', true);
require($argv[1]);
$factory = cache_factory::instance();
$config = $factory->create_config_instance();
$stores = $config->get_all_stores();
foreach ([cache_store::MODE_APPLICATION => 'application', cache_store::MODE_SESSION => 'session',
        cache_store::MODE_REQUEST => 'request'] as $mode => $name) {
    $mappings = $config->get_mode_mappings();
    foreach ($mappings as $m) {
        if ((int) $m['mode'] === $mode) {
            $store = $m['store'];
            echo $name . '=' . ($stores[$store]['plugin'] ?? '?') . "\n";
            break;
        }
    }
}
$cache = cache::make('core', 'config');
if (($argv[2] ?? '') === 'set') {
    $cache->set('site_test_probe', $argv[3]);
    echo "set=ok\n";
} else {
    echo 'get=' . $cache->get('site_test_probe') . "\n";
}
