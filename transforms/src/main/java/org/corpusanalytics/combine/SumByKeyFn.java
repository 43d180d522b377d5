package org.corpusanalytics.combine;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * values of one hash bucket -> key -> summed value. Steps that would otherwise key by term or
 * entity combine in a fixed number of buckets with this accumulator instead, because the
 * DirectRunner makes one unit of work per key.
 */
public class SumByKeyFn<V> extends Combine.CombineFn<V, Map<String, V>, Map<String, V>> {
  private final Coder<V> valueCoder;
  private final SerializableFunction<V, String> key;
  private final SerializableBiFunction<V, V, V> plus;

  public SumByKeyFn(Coder<V> valueCoder, SerializableFunction<V, String> key, SerializableBiFunction<V, V, V> plus) {
    this.valueCoder = valueCoder;
    this.key = key;
    this.plus = plus;
  }

  @Override
  public Map<String, V> createAccumulator() {
    return new HashMap<>();
  }

  @Override
  public Map<String, V> addInput(Map<String, V> sums, V value) {
    sums.merge(key.apply(value), value, plus::apply);
    return sums;
  }

  @Override
  public Map<String, V> mergeAccumulators(Iterable<Map<String, V>> partials) {
    Map<String, V> merged = new HashMap<>();
    for (Map<String, V> partial : partials) {
      partial.forEach((k, value) -> merged.merge(k, value, plus::apply));
    }
    return merged;
  }

  @Override
  public Map<String, V> extractOutput(Map<String, V> sums) {
    return sums;
  }

  @Override
  public Coder<Map<String, V>> getAccumulatorCoder(CoderRegistry registry, Coder<V> inputCoder) {
    return MapCoder.of(StringUtf8Coder.of(), valueCoder);
  }

  @Override
  public Coder<Map<String, V>> getDefaultOutputCoder(CoderRegistry registry, Coder<V> inputCoder) {
    return MapCoder.of(StringUtf8Coder.of(), valueCoder);
  }
}
