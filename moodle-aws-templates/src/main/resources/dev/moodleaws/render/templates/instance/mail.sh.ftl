<#if mail.login>
step "mail secret"
(umask 027 && retry secret "$MOODLE_AWS_MAIL_SECRET_ARN" > ${mail.file?no_esc}.new)
chown "root:$WEB_USER" ${mail.file?no_esc}.new
mv -f ${mail.file?no_esc}.new ${mail.file?no_esc}
</#if>
