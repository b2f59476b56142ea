package dev.moodleaws.core.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a boot script travels in EC2 user data: the lines the stack writes (shebang, exports) stay
 * plain, and the script's body follows gzip-compressed and base64-encoded, unpacked into
 * {@link #UNPACKED_PATH} and run from there. Compressed, both scripts fit the 16 KB user data
 * limit with room to spare, and the template stays small; the plain scripts are the bundle's
 * {@code instances/*-user-data.sh}, which is what people read and review.
 */
public final class BootPayload {
    /** Where the node unpacks its boot script (root only). */
    public static final String UNPACKED_PATH = "/usr/local/lib/moodle-aws/boot.sh";
    private static final String DELIMITER = "MOODLE_AWS_BOOT_GZ";
    private static final int LINE = 76;

    private BootPayload() {
    }

    /**
     * The user data text that follows the exports: unpacks {@code body} and runs it, traced when
     * the user data itself runs traced ({@code bash -x}).
     *
     * @param source the bundle path of the plain script, named in a comment for readers
     * @param body   the script without its shebang line
     */
    public static String wrap(String source, String body) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(source).append(" of the rendered bundle, gzip-compressed and base64-encoded.\n");
        out.append("set -euo pipefail\n");
        out.append("install -d -m 0755 /usr/local/lib/moodle-aws\n");
        out.append("(umask 077; base64 -d <<'").append(DELIMITER).append("' | gunzip > ").append(UNPACKED_PATH).append(")\n");
        String encoded = Base64.getEncoder().encodeToString(gzip(body));
        for (int i = 0; i < encoded.length(); i += LINE) {
            out.append(encoded, i, Math.min(encoded.length(), i + LINE)).append('\n');
        }
        out.append(DELIMITER).append('\n');
        out.append("case $- in *x*) exec /bin/bash -x ").append(UNPACKED_PATH).append(" ;; esac\n");
        out.append("exec /bin/bash ").append(UNPACKED_PATH).append('\n');
        return out.toString();
    }

    /** Bytes the wrapped body of {@code script} (a whole script with its shebang line) takes in user data. */
    public static int wrappedSize(String source, String script) {
        int end = script.indexOf('\n');
        String firstLine = end < 0 ? script : script.substring(0, end + 1);
        String body = end < 0 ? "" : script.substring(end + 1);
        return (firstLine + wrap(source, body)).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * {@code text} (a user data script or a template that carries one, indented or not) with each
     * line of base64 payload left empty, so line numbers stay as they were: a scan for secret
     * shapes reads the plain scripts of the bundle instead, and base64 is no text to scan.
     */
    public static String blankPayloads(String text) {
        if (!text.contains("<<'" + DELIMITER + "'")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inPayload = false;
        for (String line : text.split("\n", -1)) {
            if (inPayload && line.strip().equals(DELIMITER)) {
                inPayload = false;
            }
            out.append(inPayload ? "" : line).append('\n');
            if (line.contains("<<'" + DELIMITER + "'")) {
                inPayload = true;
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /**
     * The user data as a reader wants it: the lines before the payload, then the unpacked script
     * body in place of the wrapper. Text without a payload comes back unchanged.
     */
    public static String unpack(String userData) {
        String opening = "<<'" + DELIMITER + "'";
        int open = userData.indexOf(opening);
        if (open < 0) {
            return userData;
        }
        int wrapperStart = userData.lastIndexOf("\n# ", open) + 1;
        int dataStart = userData.indexOf('\n', open) + 1;
        int dataEnd = userData.indexOf("\n" + DELIMITER + "\n", dataStart);
        if (wrapperStart <= 0 || dataStart <= 0 || dataEnd < 0) {
            throw new IllegalArgumentException("the user data's boot payload is cut short");
        }
        byte[] gzipped = Base64.getMimeDecoder().decode(userData.substring(dataStart, dataEnd));
        return userData.substring(0, wrapperStart) + gunzip(gzipped);
    }

    private static String gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("the user data's boot payload is not gzip data", e);
        }
    }

    /** Gzip with a zero timestamp, so the same script always gives the same bytes. */
    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
