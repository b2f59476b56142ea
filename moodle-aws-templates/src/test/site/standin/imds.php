<?php
// Stand-in for the instance metadata service (IMDSv2) of the test nodes: a token from PUT
// /latest/api/token, then GET /latest/meta-data/<path> answered from files of the folder of the
// node whose address the request comes from.
$dir = null;
foreach (glob(getenv('IMDS_NODES') . '/*/ip') as $ipfile) {
    if (trim(file_get_contents($ipfile)) === $_SERVER['REMOTE_ADDR']) {
        $dir = dirname($ipfile) . '/imds';
    }
}
if ($dir === null) {
    http_response_code(404);
    return true;
}
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$token = trim(file_get_contents($dir . '/token'));
if ($path === '/latest/api/token' && $_SERVER['REQUEST_METHOD'] === 'PUT') {
    echo $token;
    return true;
}
if (($_SERVER['HTTP_X_AWS_EC2_METADATA_TOKEN'] ?? '') !== $token) {
    http_response_code(401);
    return true;
}
$rel = preg_replace('~^/latest/~', '', $path);
$file = $dir . '/' . $rel;
if (strpos($rel, '..') !== false || !is_file($file)) {
    http_response_code(404);
    echo "Not Found";
    return true;
}
header('Content-Type: text/plain');
echo file_get_contents($file);
return true;
