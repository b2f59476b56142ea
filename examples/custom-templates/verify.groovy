// The team's own runbook template replaces the built-in one; everything else is still rendered.
def out = new File(basedir, 'target/moodle-aws')
def runbook = new File(out, 'RUNBOOK.md').text
assert runbook.startsWith('# college: on-call runbook') : 'the override was used'
assert runbook.contains('Site: https://learn.example.ac.uk (Moodle 4.5, eu-west-1).')
assert new File(out, 'cloudformation.yaml').text.contains('AWS::AutoScaling::AutoScalingGroup') : 'built-in templates still render'
return true
