package org.corpusanalytics.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * Field encodings shared by the compact coders: var-ints, length-prefixed UTF-8 strings, nullable
 * values behind a presence byte, and instants as epoch milliseconds.
 */
final class CompactFields {
  private CompactFields() {}

  static void writeVarInt(DataOutputStream out, int value) throws IOException {
    while ((value & ~0x7F) != 0) {
      out.writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  static int readVarInt(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("var-int longer than 5 bytes");
  }

  static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    writeVarInt(out, bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[readVarInt(in)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static void writeNullableString(DataOutputStream out, @Nullable String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      writeString(out, value);
    }
  }

  static @Nullable String readNullableString(DataInputStream in) throws IOException {
    return in.readBoolean() ? readString(in) : null;
  }

  static void writeNullableInstant(DataOutputStream out, @Nullable Instant value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value.getMillis());
    }
  }

  static @Nullable Instant readNullableInstant(DataInputStream in) throws IOException {
    return in.readBoolean() ? new Instant(in.readLong()) : null;
  }

  /** Whether {@code part} is exactly {@code whole}'s characters [start, end): then it need not be written. */
  static boolean isSpanOf(String part, String whole, int start, int end) {
    return start >= 0 && end <= whole.length() && end - start == part.length()
        && whole.regionMatches(start, part, 0, part.length());
  }
}
