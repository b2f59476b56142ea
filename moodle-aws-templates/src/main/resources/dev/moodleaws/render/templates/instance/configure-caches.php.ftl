<?php
// Maps Moodle's application and session caches to Redis through Moodle's own cache API.
// Idempotent: adds the store or updates its settings, then sets the mode mappings.
define('CLI_SCRIPT', true);
require($argv[1]);
$runtime = require(getenv(${runtimeVariable}) ?: ${runtimeFile});
$writer = \core_cache\config_writer::instance();
<#if useRedis>
$store = ${storeName};
$settings = [
    'server' => $runtime['redishost'] . ':' . $runtime['redisport'],
    'prefix' => ${storePrefix},
    'password' => $runtime['redisauth'],
    'serializer' => 1,
    'compressor' => 0,
<#if tls>
    'encryption' => true,
    'cafile' => ${caFile},
</#if>
];
if (array_key_exists($store, $writer->get_all_stores())) {
    $writer->edit_store_instance($store, 'redis', $settings);
} else {
    $writer->add_store_instance($store, 'redis', $settings);
}
</#if>
$writer->set_mode_mappings([
    1 => [${applicationStore}],
    2 => [${sessionStore}],
    4 => ['default_request'],
]);
echo "Caches: application -> " . ${applicationStore} . ", session -> " . ${sessionStore} . ", request -> default_request\n";
