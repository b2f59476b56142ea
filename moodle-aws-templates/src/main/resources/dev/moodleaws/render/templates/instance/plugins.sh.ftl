<#if pluginsArchive??>
step plugins
install -d -m 0755 /usr/local/lib/moodle-aws
base64 -d > /usr/local/lib/moodle-aws/install-plugins.sh.gz <<'MOODLE_AWS_BASE64'
${pluginsArchive?no_esc}
MOODLE_AWS_BASE64
gunzip -f /usr/local/lib/moodle-aws/install-plugins.sh.gz
bash /usr/local/lib/moodle-aws/install-plugins.sh "$CODE_ROOT"
</#if>
