package dev.moodleaws.core.descriptor;

import dev.moodleaws.core.model.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a descriptor's bytes as UTF-8, naming the line and column of the first invalid byte. */
final class Utf8 {
    private Utf8() {
    }

    static String decode(String fileName, byte[] bytes) throws DescriptorException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes);
            String before = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, bad)).toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw DescriptorReader.single(new Location(fileName, line, before.length() - lineStart + 1), String.format(
                    "the descriptor is not UTF-8 text: the byte 0x%02X is not valid here; save the file as UTF-8", bytes[bad] & 0xff));
        }
    }

    /** The offset of the first byte that starts no valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
