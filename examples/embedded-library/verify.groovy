// The embedding example renders 100 tenants with plain Java and reports the broken one by name and rule.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0') : 'the tenant tests ran and passed'
assert log.contains('tenant-broken: not rendered, [MOODLE-005]') : 'the broken tenant is reported with its rule'

def tenants = new File(basedir, 'target/tenants')
def folders = tenants.listFiles().findAll { it.isDirectory() && !it.name.startsWith('.') }
assert folders.size() == 100 : "expected 100 tenant folders, found ${folders.size()}"
assert !tenants.listFiles().any { it.name.startsWith('.') } : 'no temporary folders left behind'
assert !new File(tenants, 'tenant-broken').exists() : 'nothing is written for a tenant with errors'
folders.each { folder ->
    ['cloudformation.yaml', 'config.php', 'architecture.mmd', 'RUNBOOK.md',
     'instances/web-user-data.sh', 'instances/stable-user-data.sh', '.moodle-aws-bundle'].each {
        assert new File(folder, it).isFile() : "expected ${it} in ${folder}"
    }
    assert new File(folder, 'config.php').text.contains(folder.name.replace('tenant-', '')) : "config.php of ${folder.name}"
}
def stacks = folders.collect { new File(it, 'cloudformation.yaml').text }.toSet()
assert stacks.size() == 100 : 'every tenant has a template of its own'
return true
