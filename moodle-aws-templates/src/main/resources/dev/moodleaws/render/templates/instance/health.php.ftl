<?php
<#-- Out of service while the database is not marked ready for this node's code: during an upgrade,
     and for good once the database was upgraded for newer code. -->
$code = trim((string) @file_get_contents(${codeVersionFile}));
if ($code === '' || !in_array('commit=' . $code, @file(${readyFile}, FILE_IGNORE_NEW_LINES) ?: [], true)) {
    http_response_code(503);
    exit("not ready for this code\n");
}
$r = require(getenv(${runtimeVariable}) ?: ${runtimeFile});
try {
    new mysqli($r['dbhost'], $r['dbuser'], $r['dbpass'], '', $r['dbport']);
<#if redis>
    $c = new Redis();
    $c->connect(${redisScheme} . $r['redishost'], $r['redisport'], 2<#if tls>, null, 0, 0, ['stream' => ['cafile' => ${caFile}]]</#if>);
    $r['redisauth'] === '' || $c->auth($r['redisauth']);
    $c->ping();
</#if>
    is_writable(${dataroot}) || throw new Exception();
} catch (Throwable $e) {
    http_response_code(503);
    exit("unreachable\n");
}
echo "ok\n";
