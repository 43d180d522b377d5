package org.corpusanalytics.pipeline.output;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;

/**
 * Passes rows through unchanged while counting them, for the run summary: counter
 * "rows_&lt;table&gt;", and with {@link #byKey} also "&lt;table&gt;_&lt;key&gt;" per key (rejects by reason).
 */
public class CountRows<T> extends PTransform<PCollection<T>, PCollection<T>> {
  public static final String ROWS_PREFIX = "rows_";

  private final String table;
  private final SerializableFunction<T, String> key;

  private CountRows(String table, SerializableFunction<T, String> key) {
    this.table = table;
    this.key = key;
  }

  public static <T> CountRows<T> of(String table) {
    return new CountRows<>(table, null);
  }

  public static <T> CountRows<T> byKey(String table, SerializableFunction<T, String> key) {
    return new CountRows<>(table, key);
  }

  @Override
  public PCollection<T> expand(PCollection<T> rows) {
    return rows.apply("Count_" + table, ParDo.of(new CountFn<>(table, key))).setCoder(rows.getCoder());
  }

  static class CountFn<T> extends DoFn<T, T> {
    private final String table;
    private final SerializableFunction<T, String> key;
    private final Counter rows;
    private transient Map<String, Counter> byKey;

    CountFn(String table, SerializableFunction<T, String> key) {
      this.table = table;
      this.key = key;
      this.rows = Metrics.counter(CountRows.class, ROWS_PREFIX + table);
    }

    @Setup
    public void setup() {
      byKey = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element T row, OutputReceiver<T> out) {
      rows.inc();
      if (key != null) {
        byKey.computeIfAbsent(key.apply(row), k -> Metrics.counter(CountRows.class, table + "_" + k)).inc();
      }
      out.output(row);
    }
  }
}
