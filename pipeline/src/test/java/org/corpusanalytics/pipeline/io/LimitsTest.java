package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.corpusanalytics.model.Article;
import org.junit.jupiter.api.Test;

/** Size limits, and the capped stream that enforces the file limit. */
class LimitsTest {
  private static Article article(String text) {
    return Article.builder().setDocId("d").setSource("s").setText(text).build();
  }

  @Test
  void articlesOverALimitAreRejectedWithTheLimitNamed() {
    ReadLimits limits = new ReadLimits(100, 1000, 20, 8);

    assertNull(limits.check(article("Short words only")));
    ParsedRecord longToken = limits.check(article("a supercalifragilistic"));
    ParsedRecord longArticle = limits.check(article("many short words in a row"));

    assertEquals(RejectReason.TOKEN_TOO_LONG, longToken.reject().getReason());
    assertEquals("a token of 20 characters is longer than 8", longToken.reject().getDetail());
    assertEquals(RejectReason.TOO_LARGE, longArticle.reject().getReason());
    assertEquals("article of 25 characters is longer than 20", longArticle.reject().getDetail());
    assertEquals(3, ReadLimits.longestToken("ab\u00a0cde\u3000f"));
    assertThrows(IllegalArgumentException.class, () -> new ReadLimits(0, 1, 1, 1));
  }

  @Test
  void onlyFormatsHeldInMemoryWholeAreCappedAtTheFileLimit() {
    ReadLimits limits = new ReadLimits(100, 1000, 20, 8);

    assertEquals(1000, limits.maxBytesRead(InputFormat.TEXT));
    assertEquals(1000, limits.maxBytesRead(InputFormat.HTML));
    assertEquals(Long.MAX_VALUE, limits.maxBytesRead(InputFormat.JSONL));
    // A web archive is streamed; the limit applies to each record's payload instead.
    assertEquals(Long.MAX_VALUE, limits.maxBytesRead(InputFormat.WARC));
  }

  @Test
  void cappedStreamStopsAtTheCapAndTellsWhetherMoreWasLeft() throws IOException {
    byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);

    CappedInputStream exact = new CappedInputStream(new ByteArrayInputStream(ten), 10);
    CappedInputStream over = new CappedInputStream(new ByteArrayInputStream(ten), 4);

    assertArrayEquals(ten, exact.readAllBytes());
    assertFalse(exact.exceeded());
    assertArrayEquals("0123".getBytes(StandardCharsets.US_ASCII), over.readAllBytes());
    assertTrue(over.exceeded());
    assertEquals(-1, over.read());
  }
}
