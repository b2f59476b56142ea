<#if mail.login>
step "mail secret"
log "mail: writing the mail secret for Moodle's SMTP login"
retry secret_to "$MOODLE_AWS_MAIL_SECRET_ARN" ${mail.file?no_esc}.new
chown "root:$WEB_USER" ${mail.file?no_esc}.new
chmod 0640 ${mail.file?no_esc}.new
mv -f ${mail.file?no_esc}.new ${mail.file?no_esc}
</#if>
