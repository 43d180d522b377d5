package org.corpusanalytics.duplicates;

import java.util.Map;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.DelegateCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.values.KV;
import org.corpusanalytics.text.duplicates.UnionFind;

/**
 * Near-duplicate pairs (doc_id, doc_id) -> doc_id -> component, the smallest doc id of its connected
 * component, for every article that has a near-duplicate.
 *
 * <p>Each worker unions the pairs it holds into a partial union-find; partial structures merge in
 * time linear in their size. The merged structure holds one entry per article that has a
 * near-duplicate (not per article of the corpus), about 150 bytes each.
 */
class ConnectComponentsFn extends Combine.CombineFn<KV<String, String>, UnionFind, Map<String, String>> {
  private static final Coder<Map<String, String>> LINKS_CODER = MapCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

  @Override
  public UnionFind createAccumulator() {
    return new UnionFind();
  }

  @Override
  public UnionFind addInput(UnionFind components, KV<String, String> pair) {
    components.union(pair.getKey(), pair.getValue());
    return components;
  }

  @Override
  public UnionFind mergeAccumulators(Iterable<UnionFind> partials) {
    UnionFind merged = new UnionFind();
    partials.forEach(merged::addAll);
    return merged;
  }

  @Override
  public Map<String, String> extractOutput(UnionFind components) {
    return components.components();
  }

  @Override
  public Coder<UnionFind> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, String>> inputCoder) {
    return DelegateCoder.of(LINKS_CODER, UnionFind::links, UnionFind::ofLinks);
  }

  @Override
  public Coder<Map<String, String>> getDefaultOutputCoder(CoderRegistry registry,
      Coder<KV<String, String>> inputCoder) throws CannotProvideCoderException {
    return LINKS_CODER;
  }
}
