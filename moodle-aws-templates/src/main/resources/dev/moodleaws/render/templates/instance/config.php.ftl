<?php
// Rendered by moodle-aws. Hosts and secrets come from the runtime file written at boot
// (set MOODLE_AWS_RUNTIME to read another one).
unset($CFG);
global $CFG;
$CFG = new stdClass();

$moodleaws = require(getenv(${runtimeVariable}) ?: ${runtimeFile});

$CFG->dbtype = ${dbtype};
$CFG->dblibrary = 'native';
$CFG->dbhost = $moodleaws['dbhost'];
$CFG->dbname = ${dbname};
$CFG->dbuser = $moodleaws['dbuser'];
$CFG->dbpass = $moodleaws['dbpass'];
$CFG->prefix = 'mdl_';
$CFG->dboptions = [
    'dbpersist' => false,
    'dbport' => $moodleaws['dbport'],
    'dbcollation' => 'utf8mb4_unicode_ci',
];
<#if readFromReplica>
if ($moodleaws['dbreader'] !== '') {
    $CFG->dboptions['readonly'] = ['instance' => $moodleaws['dbreader']];
}
</#if>

$CFG->wwwroot = ${wwwroot};
$CFG->dataroot = ${dataroot};
$CFG->admin = 'admin';
$CFG->directorypermissions = ${directoryPermissionsPhp?no_esc};
$CFG->preventexecpath = true;

$CFG->cachedir = ${cachedir};
$CFG->tempdir = ${tempdir};
$CFG->backuptempdir = ${backuptempdir};
$CFG->localcachedir = ${localcachedir};
$CFG->localrequestdir = ${localrequestdir};

$CFG->sslproxy = true;
$CFG->getremoteaddrconf = 1;
$CFG->reverseproxyignore = ${reverseProxyIgnore};

$CFG->session_handler_class = ${sessionHandlerClass};
<#if sessionRedis>
$CFG->session_redis_host = $moodleaws['redishost'];
$CFG->session_redis_port = $moodleaws['redisport'];
$CFG->session_redis_database = 0;
<#if sessionRedisAuth>
$CFG->session_redis_auth = $moodleaws['redisauth'];
</#if>
$CFG->session_redis_prefix = ${sessionRedisPrefix};
$CFG->session_redis_acquire_lock_timeout = 120;
$CFG->session_redis_lock_expire = 7200;
<#if sessionRedisTls>
$CFG->session_redis_encrypt = ['cafile' => ${caFile}];
</#if>
</#if>

<#if lockFactory??>
$CFG->lock_factory = ${lockFactory};
</#if>
<#if preventFileLocking>
$CFG->preventfilelocking = true;
</#if>
$CFG->cronclionly = 1;
<#if asyncBackup>
$CFG->enableasyncbackup = 1;
</#if>
<#list forcedSettings as s>
$CFG->{${s.name}} = ${s.valuePhp?no_esc};
</#list>
<#if forcedPluginSettingsPhp??>
$CFG->forced_plugin_settings = ${forcedPluginSettingsPhp?no_esc};
</#if>
<#if mail.smtp>

$CFG->smtphosts = ${mail.smtpHosts};
$CFG->smtpsecure = ${mail.smtpSecure};
$CFG->smtpauthtype = ${mail.smtpAuthType};
<#if mail.login>
$moodleawsmail = rtrim(file_get_contents(getenv(${mail.secretVariable}) ?: ${mail.secretFile}), "\n");
<#if mail.ses>
<#-- The SES SMTP login of an access key: its ID, and the password SES derives from its secret
     (a SigV4 signing key of date 11111111, the region and service ses, signing SendRawEmail,
     after the version byte 4, in base64). -->
$moodleawsmail = json_decode($moodleawsmail, true);
$CFG->smtpuser = $moodleawsmail['accessKeyId'];
$moodleawsmail = 'AWS4' . $moodleawsmail['secretAccessKey'];
foreach (['11111111', ${mail.region}, 'ses', 'aws4_request', 'SendRawEmail'] as $m) {
    $moodleawsmail = hash_hmac('sha256', $m, $moodleawsmail, true);
}
$CFG->smtppass = base64_encode("\x04" . $moodleawsmail);
unset($m);
<#else>
$CFG->smtpuser = ${mail.smtpUser};
$CFG->smtppass = $moodleawsmail;
</#if>
unset($moodleawsmail);
</#if>
</#if>
<#if mail.noReplyAddress??>
$CFG->noreplyaddress = ${mail.noReplyAddress};
</#if>

unset($moodleaws);
require_once(__DIR__ . ${setupFile});
