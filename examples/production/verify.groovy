// A production-size site validates clean and renders Aurora with a reader, 3 zones, 6 Spot types, Valkey and SES.
def out = new File(basedir, 'target/moodle-aws')
def log = new File(basedir, 'build.log').text
assert log.contains('moodle-aws: 0 errors, 0 warnings') : 'the production example passes every rule'

def template = new File(out, 'cloudformation.yaml').text
assert template.length() <= 1000000 : "template is ${template.length()} bytes: over the limit of a template in S3"
assert template.length() > 51200 || !log.contains('TPL-006') : 'drop the TPL-006 suppression and the bucket when the template fits inline again'
assert template.contains('"Endpoint": "moodle-ops@example.edu"') : 'the alert address is subscribed to the alarm topic'
assert template.contains('Type: AWS::Backup::BackupPlan') && template.contains('"DestinationBackupVaultArn": "arn:aws:backup:eu-west-1:210987654321:backup-vault:university-dr"') : 'backups, copied to the DR vault'
assert template.contains('Type: AWS::CloudWatch::Dashboard') : 'the dashboard'
assert (template =~ /Type: AWS::Logs::LogGroup/).count == 6 : 'boot, web access and error, PHP-FPM and cron logs, and the image build logs'
assert template.contains('"RetentionInDays": 90')
assert template.contains('AlarmCronStopped:') && template.contains('AlarmTaskQueueAge:') : 'cron and queue alarms'
assert (template =~ /Type: AWS::RDS::DBInstance/).count == 2 : 'a writer and one reader'
assert template.contains('Type: AWS::RDS::DBCluster')
assert (template =~ /Type: AWS::EC2::NatGateway/).count == 3 : 'one NAT gateway per zone'
assert (template =~ /Type: AWS::EFS::MountTarget/).count == 3 : 'a mount target in every zone'
assert template.contains('Engine: "valkey"')
['m7i.xlarge', 'm6i.xlarge', 'm5.xlarge', 'c7i.xlarge', 'c6i.xlarge', 't3.xlarge'].each {
    assert template =~ /InstanceType"?: "${java.util.regex.Pattern.quote(it)}"/ : "instance type ${it} in the fleet overrides"
}
assert template.contains('Type: AWS::SES::EmailIdentity') : 'the stack creates the SES identity'
(1..3).each { assert template.contains("MailDkimRecord${it}:") : "DKIM record ${it} is an output" }
def cost = new groovy.json.JsonSlurper().parse(new File(out, 'cost.json'))
assert cost.region == 'eu-central-1' && cost.currency == 'USD'
assert cost.components*.component.containsAll(['web fleet', 'database', 'backups', 'monitoring']) : 'a cost per component'
assert cost.monthly < cost.monthlyAllOnDemand : 'the Spot share lowers the estimate'
assert log.contains('Monthly estimate of university in eu-central-1')

def config = new File(out, 'config.php').text
assert config.contains("\$CFG->smtphosts = 'email-smtp.eu-central-1.amazonaws.com:587';")
assert config.contains("\$CFG->noreplyaddress = 'noreply@example.edu';")
assert config.contains("'readonly'") : 'reads go to the Aurora reader'
assert config.contains("\$CFG->dbtype = 'auroramysql';")
def stable = new File(out, 'instances/stable-user-data.sh').text
assert stable.contains('--keep-alive=180') : 'cron keeps alive as configured'
assert template.contains('Type: AWS::ImageBuilder::Image') && template.contains('"Fn::GetAtt": ["NodeImage", "ImageId"]') : 'nodes boot from the baked image'
assert new File(out, 'instances/bake.sh').text.contains('step packages') : 'the bake script is in the bundle'
assert !stable.contains('apt-get') && !new File(out, 'instances/web-user-data.sh').text.contains('apt-get') : 'boots install nothing'
return true
