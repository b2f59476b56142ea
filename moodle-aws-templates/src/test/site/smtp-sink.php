<?php
// The SMTP relay of the site test: EHLO, STARTTLS, AUTH PLAIN or LOGIN (only after STARTTLS, only
// with the user and the password of the relay's secret), MAIL, RCPT, DATA, RSET, NOOP, QUIT. Each
// message is written whole to a file of the out folder, the envelope and the login in front.
// Usage: php smtp-sink.php address:port cert.pem key.pem user password-file out-folder
[, $listen, $cert, $key, $user, $passwordFile, $out] = $argv;
$context = stream_context_create(['ssl' => ['local_cert' => $cert, 'local_pk' => $key]]);
$server = stream_socket_server("tcp://$listen", $errno, $error, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
if ($server === false) {
    fwrite(STDERR, "smtp sink: $error\n");
    exit(1);
}
$count = 0;
while (true) {
    $client = @stream_socket_accept($server, -1);
    if ($client === false) {
        continue;
    }
    stream_set_timeout($client, 30);
    converse($client, $user, trim(file_get_contents($passwordFile)), $out, $count);
    fclose($client);
}

function converse($c, string $user, string $password, string $out, int &$count): void {
    $say = function (string $line) use ($c) { fwrite($c, "$line\r\n"); };
    $read = function () use ($c) { $l = fgets($c); return $l === false ? null : rtrim($l, "\r\n"); };
    $say('220 smtp.site.test ESMTP site test relay');
    $tls = false;
    $login = '';
    $from = '';
    $to = [];
    while (($line = $read()) !== null) {
        $words = explode(' ', $line);
        switch (strtoupper($words[0])) {
            case 'EHLO':
            case 'HELO':
                $say('250-smtp.site.test');
                $say($tls ? '250-AUTH PLAIN LOGIN' : '250-STARTTLS');
                $say('250 8BITMIME');
                break;
            case 'STARTTLS':
                $say('220 2.0.0 Ready to start TLS');
                $tls = stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_SERVER) === true;
                if (!$tls) {
                    return;
                }
                break;
            case 'AUTH':
                $mechanism = strtoupper($words[1] ?? '');
                $arg = $words[2] ?? null;
                if (!$tls) {
                    $say('538 5.7.11 Encryption required for requested authentication mechanism');
                    break;
                }
                if ($mechanism === 'PLAIN') {
                    if ($arg === null) {
                        $say('334 ');
                        $arg = $read();
                    }
                    $parts = explode("\0", (string) base64_decode((string) $arg));
                    [$u, $p] = [$parts[1] ?? '', $parts[2] ?? ''];
                } else if ($mechanism === 'LOGIN') {
                    if ($arg === null) {
                        $say('334 ' . base64_encode('Username:'));
                        $arg = $read();
                    }
                    $u = (string) base64_decode((string) $arg);
                    $say('334 ' . base64_encode('Password:'));
                    $p = (string) base64_decode((string) $read());
                } else {
                    $say('504 5.5.4 Unrecognized authentication type');
                    break;
                }
                if ($u === $user && $p === $password) {
                    $login = $u;
                    $say('235 2.7.0 Authentication successful');
                } else {
                    $say('535 5.7.8 Authentication credentials invalid');
                }
                break;
            case 'MAIL':
                if ($login === '') {
                    $say('530 5.7.0 Authentication required');
                    break;
                }
                $from = preg_replace('/^MAIL FROM:\s*<?([^>\s]*)>?.*$/i', '$1', $line);
                $to = [];
                $say('250 2.1.0 OK');
                break;
            case 'RCPT':
                $to[] = preg_replace('/^RCPT TO:\s*<?([^>\s]*)>?.*$/i', '$1', $line);
                $say('250 2.1.5 OK');
                break;
            case 'DATA':
                if ($from === '' || !$to) {
                    $say('503 5.5.1 MAIL and RCPT first');
                    break;
                }
                $say('354 End data with <CR><LF>.<CR><LF>');
                $data = '';
                while (($l = fgets($c)) !== false && rtrim($l, "\r\n") !== '.') {
                    $data .= str_starts_with($l, '..') ? substr($l, 1) : $l;
                }
                $count++;
                $file = sprintf('%s/%03d.eml', $out, $count);
                file_put_contents("$file.tmp", "X-Sink-Login: $login\r\nX-Sink-Tls: yes\r\nX-Sink-Mail-From: $from\r\n"
                    . 'X-Sink-Rcpt-To: ' . implode(',', $to) . "\r\n" . $data);
                rename("$file.tmp", $file);
                $say('250 2.0.0 OK queued as ' . $count);
                break;
            case 'RSET':
                $from = '';
                $to = [];
                $say('250 2.0.0 OK');
                break;
            case 'NOOP':
                $say('250 2.0.0 OK');
                break;
            case 'QUIT':
                $say('221 2.0.0 Bye');
                return;
            default:
                $say('502 5.5.2 Command not recognized');
        }
    }
}
