package org.corpusanalytics.pipeline.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids for records that carry none: the first 16 hex digits of SHA-256 over the
 * file path and the record's position in it, so the same input always gets the same ids.
 */
public final class DocIds {
  private DocIds() {}

  public static String of(String path, long position) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest((path + "\n" + position).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
