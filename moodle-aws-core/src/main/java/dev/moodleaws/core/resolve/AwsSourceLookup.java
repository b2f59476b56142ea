package dev.moodleaws.core.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * Answers with {@code git ls-remote} (the git on the PATH, with the user's own credentials for
 * private repositories), S3 {@code HeadObject} and SSM {@code GetParameter}.
 */
public final class AwsSourceLookup implements SourceLookup {
    static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final long GIT_SECONDS = 120;

    private final Supplier<S3Client> s3;
    private final Supplier<SsmClient> ssm;

    /** A lookup on these clients, which the caller keeps and closes. */
    public AwsSourceLookup(S3Client s3, SsmClient ssm) {
        Objects.requireNonNull(s3, "s3");
        Objects.requireNonNull(ssm, "ssm");
        this.s3 = () -> s3;
        this.ssm = () -> ssm;
    }

    /**
     * A lookup that asks for each client only when a lookup needs it: a site whose code and plugins
     * come from git never makes an S3 client. The caller keeps and closes what the suppliers make.
     */
    public AwsSourceLookup(Supplier<S3Client> s3, Supplier<SsmClient> ssm) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.ssm = Objects.requireNonNull(ssm, "ssm");
    }

    @Override
    public String commit(String repository, String ref) {
        if (COMMIT.matcher(ref).matches()) {
            return ref;
        }
        String out = git(List.of("git", "ls-remote", "--", repository, ref, "refs/tags/" + ref + "^{}"));
        return commitOf(out, repository, ref);
    }

    /**
     * The commit of {@code ref} in {@code ls-remote} output: a peeled annotated tag wins over the tag
     * object, a tag or branch of that exact name over anything else.
     */
    static String commitOf(String lsRemote, String repository, String ref) {
        String exact = null;
        for (String line : lsRemote.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 2 || !COMMIT.matcher(f[0]).matches()) {
                continue;
            }
            String name = f[1];
            if (name.equals("refs/tags/" + ref + "^{}")) {
                return f[0];
            }
            if (exact == null && (name.equals(ref) || name.equals("refs/heads/" + ref) || name.equals("refs/tags/" + ref))) {
                exact = f[0];
            }
        }
        if (exact == null) {
            throw new SourceLookupException(repository + " has no branch or tag '" + ref + "'");
        }
        return exact;
    }

    private static String git(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new SourceLookupException(String.join(" ", command) + " did not answer in " + GIT_SECONDS + " s");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new SourceLookupException(String.join(" ", command) + " failed: " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new SourceLookupException("cannot run git to find the commit of the code ref", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceLookupException("interrupted while asking git for the commit of the code ref", e);
        }
    }

    @Override
    public String objectVersion(String bucket, String key) {
        try {
            HeadObjectResponse head = s3.get().headObject(b -> b.bucket(bucket).key(key));
            String version = head.versionId();
            return version != null && !version.isEmpty() && !version.equals("null")
                    ? version : "etag:" + head.eTag().replace("\"", "");
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            throw new SourceLookupException("S3 has no object s3://" + bucket + "/" + key, e);
        } catch (S3Exception e) {
            throw new SourceLookupException(e.statusCode() == 404 ? "S3 has no object s3://" + bucket + "/" + key
                    : "cannot read s3://" + bucket + "/" + key + " (HTTP " + e.statusCode() + ")", e);
        } catch (SdkException e) {
            throw new SourceLookupException("cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String parameter(String name) {
        try {
            return ssm.get().getParameter(b -> b.name(name)).parameter().value();
        } catch (ParameterNotFoundException e) {
            throw new SourceLookupException("SSM has no parameter " + name + " in this region", e);
        } catch (SdkException e) {
            throw new SourceLookupException("cannot read the SSM parameter " + name + ": " + e.getMessage(), e);
        }
    }
}
