<?php
// Sends one message to the site's administrator from the no-reply user through Moodle's mail API,
// the way Moodle's notifications leave the site.
define('CLI_SCRIPT', true);
require($argv[1]);
$admin = get_admin();
$sent = email_to_user($admin, core_user::get_noreply_user(), "Site test $argv[2]", "A message from the site test: $argv[2]");
echo ($sent ? 'sent' : 'not sent') . " to $admin->email\n";
