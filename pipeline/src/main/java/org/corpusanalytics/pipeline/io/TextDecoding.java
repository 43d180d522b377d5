package org.corpusanalytics.pipeline.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Bytes of a corpus file to text. Order of decisions: a byte-order mark names the encoding
 * (UTF-8, UTF-16LE/BE); otherwise bytes that look binary are refused; otherwise strict UTF-8, and
 * if that fails, Windows-1252 (the usual encoding of legacy English news text), flagged as
 * repaired so the run summary can count it.
 */
public final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;

  /** Decoded text, the charset used, and whether it was a fallback from invalid UTF-8. */
  public record Decoded(String text, String charset, boolean repaired) {}

  private TextDecoding() {}

  /** The decoded text, or null when the bytes are binary. */
  public static @Nullable Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8OrLegacy(Arrays.copyOfRange(bytes, 3, bytes.length));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
    }
    if (looksBinary(bytes)) {
      return null;
    }
    return utf8OrLegacy(bytes);
  }

  /** Strict UTF-8, or null when the bytes are not valid UTF-8. */
  public static @Nullable String strictUtf8(byte[] bytes, int offset, int length) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded utf8OrLegacy(byte[] bytes) {
    String utf8 = strictUtf8(bytes, 0, bytes.length);
    return utf8 != null
        ? new Decoded(utf8, "UTF-8", false)
        : new Decoded(new String(bytes, WINDOWS_1252), "windows-1252", true);
  }

  /** NUL bytes, or more than 10% control characters other than white space, in the first 8 KiB. */
  static boolean looksBinary(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return length > 0 && controls * 10 > length;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A printable rendering of raw bytes for the rejects table: ASCII kept, other bytes as \xNN. */
  public static String escapeBinary(byte[] bytes, int maxBytes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(bytes.length, maxBytes); i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F || b == '\n' || b == '\t') {
        out.append((char) b);
      } else {
        out.append(String.format("\\x%02X", b));
      }
    }
    return out.toString();
  }
}
