<?php
// Moodle's own checks of the status and security types, one line each: type, status, reference,
// summary. (admin/cli/checks.php --type=security dies on 4.5 before the public paths check loads
// filelib, so the test asks the check API after loading it.)
define('CLI_SCRIPT', true);
require($argv[1]);
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->libdir . '/filelib.php');
foreach (['status', 'security'] as $type) {
    foreach (\core\check\manager::get_checks($type) as $check) {
        $result = $check->get_result();
        $summary = preg_replace('/\s+/', ' ', strip_tags((string) $result->get_summary()));
        echo $type . ' ' . $result->get_status() . ' ' . $check->get_ref() . ' ' . $summary . "\n";
    }
}
