package org.corpusanalytics.pipeline.io;

import java.io.Serializable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Parsed record -> the reader's articles or rejects, counted under the reading Fn's namespace
 * ({@code recordsRead}, {@code encodingRepaired}). An article over a {@link ReadLimits limit}
 * becomes that limit's reject first.
 */
final class RecordRouter implements Serializable {
  private final Counter recordsRead;
  private final Counter encodingRepaired;
  private final ReadLimits limits;

  RecordRouter(Class<?> namespace, ReadLimits limits) {
    this.recordsRead = Metrics.counter(namespace, "recordsRead");
    this.encodingRepaired = Metrics.counter(namespace, "encodingRepaired");
    this.limits = limits;
  }

  /** The record itself when it is a reject or within the limits, else the reject for its article. */
  ParsedRecord withinLimits(ParsedRecord record) {
    if (record.article() == null) {
      return record;
    }
    ParsedRecord overLimit = limits.check(record.article());
    return overLimit != null ? overLimit : record;
  }

  void route(ParsedRecord record, DoFn.MultiOutputReceiver out) {
    recordsRead.inc();
    if (record.encodingRepaired()) {
      encodingRepaired.inc();
    }
    if (record.article() != null) {
      out.get(ReadArticles.ARTICLES).output(record.article());
    } else {
      out.get(ReadArticles.REJECTS).output(record.reject());
    }
  }
}
