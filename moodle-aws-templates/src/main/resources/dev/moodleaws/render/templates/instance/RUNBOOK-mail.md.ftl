## Mail

<#if mail.ses>
Moodle sends through Amazon SES in ${region} (${mail.smtpHosts}, STARTTLS) from ${mail.noReplyAddress}.
The stack created the domain identity ${mail.domain} (Easy DKIM, 2048-bit keys), an IAM user
`MailUser` allowed nothing but `ses:SendRawEmail` on that identity, an access key of that user, and
the secret `MailCredentialsSecret` holding the key. At boot each node copies the secret to
`${mail.secretFile}` (mode 0640, owner root, group ${webUser}); config.php derives the SMTP password from
it with the algorithm SES documents, so no password is ever rendered.

1. Add the three DKIM records to the DNS of ${mail.domain}. They are the stack outputs
   `MailDkimRecord1` to `MailDkimRecord3`, each `<name> CNAME <value>`:

       aws cloudformation describe-stacks --region ${region} --stack-name <stack> \
         --query "Stacks[0].Outputs[?starts_with(OutputKey, 'MailDkim')].OutputValue" --output text

   SES verifies the domain once it sees them (up to 72 hours):
   ${mail.identityCommand}.
2. An account new to SES is in the sandbox in each region: it sends only to verified addresses, at
   most 200 messages a day (rule MAIL-003). Request production access in the SES console (Account
   dashboard) for ${region}, then suppress MAIL-003 with that as the reason.
3. Test: *Site administration > Server > Email > Test outgoing mail configuration*, or a password
   reset. Errors show in the cron log (`journalctl -t moodle-cron`).

The access key does not rotate by itself; moodle-aws has no setting for it yet.
<#elseif mail.relay>
Moodle sends through the relay ${mail.smtpHosts} (security: ${mail.security})<#if mail.login> as ${mail.user};
the password is the plain-text value of the secret ${mail.passwordSecretArn}. At boot each node
copies it to `${mail.secretFile}` (mode 0640, owner root, group ${webUser}), which config.php reads; no
password is ever rendered. After changing the password in Secrets Manager, replace the nodes (an
instance refresh of the web fleet, then terminate the stable node) or run the boot script again on
each, so they copy the new value<#else>, without logging in</#if>.
<#if mail.noReplyAddress??>The no-reply address is ${mail.noReplyAddress}; the relay must accept it as sender.
</#if>
Test: *Site administration > Server > Email > Test outgoing mail configuration*, or a password reset.
<#else>
No mail server is configured (`moodle.mail.mode: none`). Moodle then falls back to PHP's `mail()`,
which nothing on the instances delivers: password resets, enrolment and forum mail never arrive,
and cron logs `Could not instantiate mail function`. To let mail leave, either

- set `moodle.mail.mode: ses` in the descriptor: the stack creates an SES identity of your domain
  and its SMTP credentials, and this runbook then lists the DNS records to add; or
- set `moodle.mail.mode: relay` with `host`, `port`, `security` and, for a relay that needs a login,
  `user` and `passwordSecretArn`: first store the password as plain text in Secrets Manager in
  ${region} (`aws secretsmanager create-secret --region ${region} --name <name> --secret-string file://password.txt`),

then run `plan` and `deploy`. Until then an administrator can enter SMTP settings under *Site
administration > Server > Email > Outgoing mail configuration*; they live in the database (the
password too) and the descriptor's settings replace them once mail is configured there.
</#if>
