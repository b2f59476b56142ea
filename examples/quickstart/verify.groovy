// The quickstart must validate with no errors and render the whole bundle.
def out = new File(basedir, 'target/moodle-aws')
['cloudformation.yaml', 'architecture.mmd', 'config.php', 'RUNBOOK.md',
 'instances/web-user-data.sh', 'instances/stable-user-data.sh',
 'validation.json', 'validation.sarif'].each {
    assert new File(out, it).isFile() : "expected ${it} in ${out}"
}
def log = new File(basedir, 'build.log').text
assert log.contains('moodle-aws: 0 errors') : 'validate should report 0 errors'
assert !log.contains('Exception') : 'no stack trace in the build log'

def report = new groovy.json.JsonSlurper().parse(new File(out, 'validation.json'))
assert report.summary.errors == 0
def template = new File(out, 'cloudformation.yaml').text
assert template.contains('AWS::AutoScaling::AutoScalingGroup')
assert !new File(out, 'instances/web-user-data.sh').text.contains('cron.php') : 'web nodes never run cron'
return true
