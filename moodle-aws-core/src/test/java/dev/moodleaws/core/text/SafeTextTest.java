package dev.moodleaws.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Messages mask what looks secret, escape control characters, and leave the rest as it is. */
class SafeTextTest {
    @Test
    void secretsAreMaskedWhereverTheyStand() {
        assertEquals("wwwroot is https://moodle:****@learn.example.org", SafeText.of("wwwroot is https://moodle:S3cr3t@learn.example.org"));
        assertEquals("AWS_SECRET_ACCESS_KEY=****", SafeText.of("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        assertEquals("key AKIA****", SafeText.of("key AKIAIOSFODNN7EXAMPLE"));
        assertEquals("password: ****", SafeText.of("password: hunter2"));
    }

    @Test
    void namesOfSecretsAndArnsStayReadable() {
        String arn = "passwordSecretArn is arn:aws:secretsmanager:eu-west-1:123456789012:secret:smtp-relay-AbCdEf";
        assertEquals(arn, SafeText.of(arn));
        assertEquals("commit 0123456789abcdef0123456789abcdef01234567", SafeText.of("commit 0123456789abcdef0123456789abcdef01234567"));
    }

    @Test
    void controlCharactersAreEscapedButLinesKept() {
        assertEquals("a\\u001b[2K\\u000dBUILD SUCCESS\nnext\tline \\u202e", SafeText.of("a\u001b[2K\rBUILD SUCCESS\nnext\tline \u202e"));
    }
}
