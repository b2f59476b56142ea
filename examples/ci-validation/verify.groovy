// validate must fail on this descriptor, at these lines, with these rules; and say nothing secret.
def log = new File(basedir, 'build.log').text
def expected = [
    'moodle-aws.yaml:6:12: error MOODLE-004',    // http wwwroot behind sslproxy
    'moodle-aws.yaml:6:12: error MOODLE-005',    // trailing slash
    'moodle-aws.yaml:7:23: warning MOODLE-001',  // the guide's preventfilelocking = true
    'moodle-aws.yaml:11:14: error MUC-003',      // request caches cannot be Redis
    'moodle-aws.yaml:13:24: error MOODLE-007',   // the guide's sessionredis_host
    'moodle-aws.yaml:16:18: warning DB-003',     // RDS MySQL 8.0 Extended Support
    'moodle-aws.yaml:17:13: error SEC-001',      // a password in the descriptor
    'moodle-aws.yaml:19:13: error SESS-003',     // Redis sessions without a replica
    'moodle-aws.yaml:20:22: error SESS-002',     // ... without automatic failover
    'moodle-aws.yaml:21:12: error SESS-004',     // ... without Multi-AZ
    'moodle-aws.yaml:23:13: error CRON-001',     // cron on Spot web nodes
    'moodle-aws.yaml:24:18: warning FLEET-003',  // one instance type
    'moodle-aws.yaml:25:32: warning FLEET-008',  // mostly On-Demand
    'moodle-aws.yaml:27:20: error FLEET-001',    // desired below min
    'moodle-aws.yaml:29:22: warning FLEET-010',  // no capacity rebalancing
    'moodle-aws.yaml:32:16: error SEC-002',      // SSH from anywhere
    'moodle-aws.yaml:35:31: warning LB-004',     // deregistration delay past the Spot notice
]
expected.each { assert log.contains(it) : "expected '${it}' in the build log" }
assert log.contains('moodle-aws: 11 errors, 8 warnings') : 'summary line'
assert log.contains('validation found 11 errors')
assert !log.contains('hunter2') : 'a secret value must never be printed'
assert !log.contains('at dev.moodleaws') : 'no stack trace'

def out = new File(basedir, 'target/moodle-aws')
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'validation.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.any { it.ruleId == 'CRON-001' && it.locations[0].physicalLocation.region.startLine == 23 }
assert !new File(out, 'validation.sarif').text.contains('hunter2')
assert !new File(out, 'cloudformation.yaml').exists() : 'nothing is rendered from an invalid descriptor'
return true
