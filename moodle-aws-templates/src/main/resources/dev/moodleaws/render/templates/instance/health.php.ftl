<?php
// Load balancer health check: database, Redis and the shared data folder, without loading Moodle.
$runtime = require(getenv(${runtimeVariable}) ?: ${runtimeFile});
$fail = function (string $what) {
    http_response_code(503);
    exit($what . " unavailable\n");
};
try {
    $db = new mysqli($runtime['dbhost'], $runtime['dbuser'], $runtime['dbpass'], '', $runtime['dbport']);
    $db->query('SELECT 1');
} catch (Throwable $e) {
    $fail('database');
}
<#if redis>
try {
    $redis = new Redis();
    $redis->connect(${redisScheme} . $runtime['redishost'], $runtime['redisport'], 2.0);
    if ($runtime['redisauth'] !== '') {
        $redis->auth($runtime['redisauth']);
    }
    $redis->ping();
} catch (Throwable $e) {
    $fail('redis');
}
</#if>
if (!is_writable(${dataroot})) {
    $fail('moodledata');
}
echo "ok\n";
