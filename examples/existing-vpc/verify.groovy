// An existing VPC is used as given, and Moodle 5.1 is served from public/.
def out = new File(basedir, 'target/moodle-aws')
assert new File(basedir, 'build.log').text.contains('moodle-aws: 0 errors')
def template = new File(out, 'cloudformation.yaml').text
assert !template.contains('Type: AWS::EC2::VPC\n') : 'no new VPC'
assert !template.contains('Type: AWS::EC2::NatGateway') : 'no NAT gateways of our own'
['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002', 'subnet-0a1b2c3d4e5f60011', 'subnet-0a1b2c3d4e5f60012', 'vpc-0a1b2c3d4e5f60000'].each {
    assert template.contains(it) : "${it} is used"
}
assert template.contains('Engine: "mysql"') && template.contains('MultiAZ: true')
def config = new File(out, 'config.php').text
assert config.contains("require_once(__DIR__ . '/public/lib/setup.php');") : 'the 5.1 layout'
def web = new File(out, 'instances/web-user-data.sh').text
assert web.contains('root /var/www/moodle/public;') : 'nginx serves the public/ folder'
return true
