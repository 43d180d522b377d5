package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import java.nio.charset.StandardCharsets;

/**
 * One row of the {@code rejects} table: an input record that produced no article, with the stage
 * that refused it, a stable reason code, a human-readable detail and up to 1 KiB of the raw input
 * so that the record can be found and replayed.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class Reject {
  /** Longest raw snippet kept, in UTF-8 bytes. */
  public static final int MAX_SNIPPET_BYTES = 1024;

  @SchemaFieldNumber("0")
  public abstract String getSource();

  @SchemaFieldNumber("1")
  public abstract String getStage();

  @SchemaFieldNumber("2")
  public abstract String getReason();

  @SchemaFieldNumber("3")
  public abstract String getDetail();

  @SchemaFieldNumber("4")
  public abstract String getRawSnippet();

  public static Reject create(
      String source, String stage, String reason, String detail, String rawInput) {
    return new AutoValue_Reject(source, stage, reason, detail, snippet(rawInput));
  }

  /** The longest prefix of {@code raw} whose UTF-8 encoding fits in {@link #MAX_SNIPPET_BYTES}. */
  static String snippet(String raw) {
    if (raw.length() * 3 <= MAX_SNIPPET_BYTES) {
      return raw;
    }
    int bytes = 0;
    int end = 0;
    while (end < raw.length()) {
      int codePoint = raw.codePointAt(end);
      int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + width > MAX_SNIPPET_BYTES) {
        break;
      }
      bytes += width;
      end += Character.charCount(codePoint);
    }
    return raw.substring(0, end);
  }
}
