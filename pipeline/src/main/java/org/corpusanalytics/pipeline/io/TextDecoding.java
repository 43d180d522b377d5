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
 * (UTF-8, UTF-16LE/BE); otherwise UTF-16 without a mark is recognised by its zero high bytes;
 * otherwise bytes that look binary are refused (a file-format signature such as PNG or PDF, or
 * more than {@value #MAX_CONTROL_PERCENT}% control bytes); otherwise strict UTF-8, and if that fails,
 * Windows-1252 (the usual encoding of legacy English news text), flagged as repaired so the run
 * summary can count it. A few stray control bytes, NUL among them, do not make text binary: the
 * cleaner removes and counts them.
 */
public final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;

  /**
   * Text has next to no control bytes; random or compressed bytes have about 10% (27 of 256 values,
   * white space excluded) and executables far more. Half that marks content as binary.
   */
  static final int MAX_CONTROL_PERCENT = 5;

  /** UTF-16 text in Latin script has a zero byte in nearly every other position. */
  private static final int UTF16_ZERO_PERCENT = 40;

  /** Opening bytes of binary formats that may sit in a corpus under a text name. */
  private static final byte[][] BINARY_SIGNATURES = {
    {(byte) 0x89, 'P', 'N', 'G'}, {'%', 'P', 'D', 'F', '-'}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    {'P', 'K', 3, 4}, {0x7F, 'E', 'L', 'F'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, {0x1F, (byte) 0x8B},
    {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {'R', 'a', 'r', '!'}, {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
    {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, {'P', 'A', 'R', '1'},
    {'O', 'g', 'g', 'S'}, {'f', 'L', 'a', 'C'}, {'I', 'D', '3'}, {'w', 'O', 'F', 'F'}, {'w', 'O', 'F', '2'},
    {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'},
  };

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
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16.name(), false);
    }
    if (looksBinary(bytes)) {
      return null;
    }
    return utf8OrLegacy(bytes);
  }

  /** UTF-16LE or BE when the zero bytes of the first 8 KiB sit almost all at odd or at even offsets. */
  private static @Nullable Charset utf16WithoutMark(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
    if (length < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < length; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = length / 2;
    if (oddZeros * 100 >= UTF16_ZERO_PERCENT * pairs && evenZeros * 100 < MAX_CONTROL_PERCENT * pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 100 >= UTF16_ZERO_PERCENT * pairs && oddZeros * 100 < MAX_CONTROL_PERCENT * pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
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

  static boolean looksBinary(byte[] bytes) {
    return binaryEvidence(bytes) != null;
  }

  /**
   * What makes the bytes binary, or null for text: a binary format's signature, or more than
   * {@value #MAX_CONTROL_PERCENT}% control bytes (C0 other than white space, and DEL) in the first
   * 8 KiB.
   */
  public static @Nullable String binaryEvidence(byte[] bytes) {
    for (byte[] signature : BINARY_SIGNATURES) {
      if (startsWith(bytes, signature)) {
        return "starts with the signature of a binary format (" + escapeBinary(signature, signature.length) + ")";
      }
    }
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B || b == 0x7F) {
        controls++;
      }
    }
    return controls * 100 > MAX_CONTROL_PERCENT * length
        ? controls + " of the first " + length + " bytes are control bytes (more than " + MAX_CONTROL_PERCENT + "%)"
        : null;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
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
