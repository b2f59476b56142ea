package dev.moodleaws.core.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.moodleaws.core.deploy.fake.FakeS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The commit of a ref, asked of a real git repository on disk with the real git. */
class AwsSourceLookupTest {

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=t", "-c", "user.email=t@example.org"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static AwsSourceLookup lookup() {
        return new AwsSourceLookup(S3Client.builder().region(Region.EU_WEST_1).build(),
                SsmClient.builder().region(Region.EU_WEST_1).build());
    }

    @Test
    void aBranchAnAnnotatedTagAndACommitResolveToTheCommitTheyNameNow(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "git is not installed");
        Path repo = Files.createDirectories(dir.resolve("moodle"));
        git(repo, "init", "-q", "-b", "MOODLE_405_STABLE");
        Files.writeString(repo.resolve("version.php"), "<?php $version = 1;\n");
        git(repo, "add", "version.php");
        git(repo, "commit", "-q", "-m", "first");
        String first = git(repo, "rev-parse", "HEAD");
        git(repo, "tag", "-a", "-m", "release", "v4.5.0");
        Files.writeString(repo.resolve("version.php"), "<?php $version = 2;\n");
        git(repo, "commit", "-q", "-am", "second");
        String second = git(repo, "rev-parse", "HEAD");

        AwsSourceLookup lookup = lookup();
        String url = repo.toUri().toString();
        assertEquals(second, lookup.commit(url, "MOODLE_405_STABLE"), "a branch: its head now");
        assertEquals(first, lookup.commit(url, "v4.5.0"), "an annotated tag: the commit, not the tag object");
        assertEquals(first, lookup.commit(url, first), "a commit ID is its own answer");
        SourceLookupException missing = assertThrows(SourceLookupException.class, () -> lookup.commit(url, "v9.9.9"));
        assertTrue(missing.getMessage().contains("v9.9.9"), missing.getMessage());
    }

    @Test
    void lsRemoteOutputIsReadByExactName() {
        String a = "a".repeat(40);
        String b = "b".repeat(40);
        String c = "c".repeat(40);
        String out = a + "\trefs/heads/feature/v4.5.0\n" + b + "\trefs/tags/v4.5.0\n" + c + "\trefs/tags/v4.5.0^{}\n";
        assertEquals(c, AwsSourceLookup.commitOf(out, "repo", "v4.5.0"));
        assertEquals(a, AwsSourceLookup.commitOf(a + "\trefs/heads/main\n", "repo", "main"));
        assertThrows(SourceLookupException.class, () -> AwsSourceLookup.commitOf(a + "\trefs/heads/main-old\n", "repo", "main"));
    }

    @Test
    void gitAndSsmLookupsNeverMakeAnS3Client() {
        AwsSourceLookup lookup = new AwsSourceLookup(() -> {
            throw new AssertionError("no S3 client may be made when no lookup reads S3");
        }, () -> SsmClient.builder().region(Region.EU_WEST_1).build());
        String commit = "0123456789abcdef0123456789abcdef01234567";
        assertEquals(commit, lookup.commit("https://git.example.org/moodle.git", commit));
    }

    @Test
    void aMissingS3ObjectIsNamedFromTheTypedS3Error() {
        try (FakeS3 s3 = FakeS3.start(); S3Client client = s3.client()) {
            AwsSourceLookup lookup = new AwsSourceLookup(() -> client, () -> {
                throw new AssertionError("no SSM client may be made for an S3 lookup");
            });
            SourceLookupException e = assertThrows(SourceLookupException.class, () -> lookup.objectVersion("code", "moodle.zip"));
            assertEquals("S3 has no object s3://code/moodle.zip", e.getMessage());
        }
    }
}
