<?php
// The site test's own stand-in for analytics/tests/classes/mlbackend_helper_trait.php, which the
// release archives without tests/ folders lack while Moodle 5.1's Python machine learning backend
// loads it whenever its class loads (the install's default settings do). The one method that
// backend calls says that no test server is configured, which is true on every site the test runs.
namespace core_analytics\tests;

trait mlbackend_helper_trait {
    public static function is_mlbackend_python_configured(): bool {
        return false;
    }
}
