package org.corpusanalytics.pipeline.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.joda.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC 0.17, 1.0 or 1.1, read with jwarc; decompressed by the caller) -> one record
 * per HTML {@code response}: an article whose source is the WARC-Target-URI and whose
 * {@code crawledAt} is the WARC-Date, with the page's main text extracted as for an HTML file. Its
 * {@code doc_id} comes from the URI, so later captures of a page are {@code duplicate_id} rejects.
 *
 * <p>Other records ({@code warcinfo}, {@code request}, {@code metadata}, {@code revisit} ...) and
 * responses that are not HTML (robots.txt, images, PDF) are no article records: they are reported
 * to {@code skipped} by type ({@code response_not_html} for the latter). The HTTP payload is
 * de-chunked and decoded (gzip, deflate, brotli); its charset comes from the HTTP header, then the
 * page's meta tag, then detection (UTF-8, else Windows-1252). A record that cannot be parsed is an
 * {@code unreadable} reject whose source names its offset ({@code path@offset}, in the
 * decompressed stream); reading goes on with the next record, and stops only when the WARC headers
 * themselves cannot be found again.
 */
final class WarcRecords {
  static final String NOT_HTML = "response_not_html";
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SNIFF_BYTES = 4096;

  private final WholeFileParser pages;
  private final long maxRecordBytes;

  WarcRecords(WholeFileParser pages, long maxRecordBytes) {
    this.pages = pages;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** Reads a whole archive from a stream (uncompressed, or gzip per record); offsets count from its start. */
  void read(InputStream in, String path, Consumer<ParsedRecord> records, Consumer<String> skipped) {
    read(Channels.newChannel(in), path, Long.MAX_VALUE, records, skipped);
  }

  /**
   * Reads the records that start before {@code end} from a channel positioned at a record start
   * (for a {@code .warc.gz}, at a gzip member). Offsets are the channel's positions, so a
   * seekable file channel gives offsets in the file as stored. A record from {@code end} on
   * belongs to the next slice of the file: it is neither read nor rejected here.
   */
  void read(ReadableByteChannel channel, String path, long end, Consumer<ParsedRecord> records,
      Consumer<String> skipped) {
    long offset = 0;
    boolean lastUnreadable = false;
    WarcReader reader = null;
    try {
      reader = new WarcReader(channel);
      offset = reader.position();
      while (true) {
        Optional<WarcRecord> next = reader.next();
        // The start of this record, or of the one that failed to parse (before next(), the one before it).
        offset = reader.position();
        if (next.isEmpty() || offset >= end) {
          return;
        }
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse response)) {
          skipped.accept(record.type());
          continue;
        }
        ParsedRecord parsed = response(response, path, offset);
        if (parsed == null) {
          skipped.accept(NOT_HTML);
        } else {
          records.accept(parsed);
          lastUnreadable = parsed.reject() != null && parsed.reject().getReason().equals(RejectReason.UNREADABLE);
        }
      }
    } catch (EOFException e) {
      offset = reader == null ? offset : reader.position();
      // A record cut short by the end of the file was rejected already; an earlier record's end is a new reject.
      if (!lastUnreadable && offset < end) {
        records.accept(ParsedRecord.rejected(path + "@" + offset, RejectReason.UNREADABLE,
            "WARC record at offset " + offset + " is cut short by the end of the file: " + e, ""));
      }
    } catch (IOException | RuntimeException e) {
      offset = reader == null ? offset : reader.position();
      // jwarc cannot find the next record's headers after a damaged one: the rest of the slice is one reject.
      if (offset < end) {
        records.accept(ParsedRecord.rejected(path + "@" + offset, RejectReason.UNREADABLE,
            "WARC record at offset " + offset + " cannot be read, nor anything after it: " + e, ""));
      }
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(ReadableByteChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Everything was read from it already; a failing close loses nothing.
    }
  }

  /** One response record -> an article or a reject, or null when its payload is not HTML. */
  private ParsedRecord response(WarcResponse response, String path, long offset) {
    String source = response.target();
    try {
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return null;
      }
      byte[] bytes = readCapped(http.bodyDecoded().stream());
      if (bytes.length > maxRecordBytes) {
        return ParsedRecord.rejected(source, RejectReason.TOO_LARGE, "WARC record at offset " + offset
            + " has a payload larger than " + maxRecordBytes + " bytes", TextDecoding.escapeBinary(bytes,
            Reject.MAX_SNIPPET_BYTES));
      }
      // The id is the page's, not the capture's: a page captured twice is one article and a duplicate_id.
      Article.Builder article = Article.builder().setDocId(DocIds.of(source, 0)).setSource(source)
          .setCrawledAt(new Instant(response.date().toEpochMilli()));
      Charset declared = charset(type.parameters().get("charset"));
      if (declared == null) {
        declared = charset(metaCharset(bytes));
      }
      if (declared != null) {
        return pages.page(article, source, new String(bytes, declared), false);
      }
      TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
      if (decoded == null) {
        return ParsedRecord.rejected(source, RejectReason.NOT_TEXT, "binary payload in the WARC record at offset "
            + offset, TextDecoding.escapeBinary(bytes, Reject.MAX_SNIPPET_BYTES));
      }
      return pages.page(article, source, decoded.text(), decoded.repaired());
    } catch (IOException | IllegalArgumentException e) {
      return ParsedRecord.rejected(source, RejectReason.UNREADABLE,
          "WARC record at offset " + offset + " of " + path + " cannot be read: " + e, "");
    }
  }

  /** Reads up to one byte past the limit, so a bigger payload is known without being held whole. */
  private byte[] readCapped(InputStream body) throws IOException {
    return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
  }

  private static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      // An unknown or malformed charset name is no charset: detection decides.
      return null;
    }
  }
}
