// A production-size site validates clean and renders Aurora with a reader, 3 zones, 6 Spot types, Valkey, SES and a plugin.
def out = new File(basedir, 'target/moodle-aws')
def log = new File(basedir, 'build.log').text
assert log.contains('moodle-aws: 0 errors, 0 warnings') : 'the production example passes every rule'

def template = new File(out, 'cloudformation.yaml').text
assert template.length() <= 1000000 : "template is ${template.length()} bytes: over the limit of a template in S3"
assert template.length() > 51200 || !log.contains('TPL-006') : 'drop the TPL-006 suppression and the bucket when the template fits inline again'
assert template.contains('"Endpoint": "moodle-ops@example.edu"') : 'the alert address is subscribed to the alarm topic'
assert template.contains('Type: AWS::Backup::BackupPlan') && template.contains('"DestinationBackupVaultArn": "arn:aws:backup:eu-west-1:210987654321:backup-vault:university-dr"') : 'backups, copied to the DR vault'
assert template.contains('Type: AWS::CloudWatch::Dashboard') : 'the dashboard'
assert (template =~ /Type: AWS::Logs::LogGroup/).count == 5 : 'boot, web access and error, PHP-FPM and cron logs'
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
def plugins = new File(out, 'instances/install-plugins.sh').text
assert plugins.contains("plugin 'mod_attendance' 'git' 'https://github.com/danmarsden/moodle-mod_attendance.git' 'MOODLE_405_STABLE'") : 'the plugin is installed on every node'
assert stable.contains('bash /usr/local/lib/moodle-aws/install-plugins.sh') && template.contains('PluginVersions:') : 'at the commit the stack pins'
assert stable.contains('--keep-alive=180') : 'cron keeps alive as configured'
return true
