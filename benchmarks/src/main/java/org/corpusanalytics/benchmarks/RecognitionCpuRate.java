package org.corpusanalytics.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Recognition speed per core when the machine is shared: word tokens per second of this thread's
 * CPU time (not wall time), over the articles of {@link RecognitionBenchmarks}, after one warm-up
 * pass. On an idle machine it agrees with the JMH rate; under load the JMH rate counts the time
 * other processes hold the core.
 *
 * <pre>{@code
 * java -cp ... org.corpusanalytics.benchmarks.RecognitionCpuRate target/bench-corpora/bbc-2000.jsonl 200 3
 * }</pre>
 */
public final class RecognitionCpuRate {
  private RecognitionCpuRate() {}

  public static void main(String[] args) throws Exception {
    RecognitionBenchmarks bench = new RecognitionBenchmarks();
    bench.corpus = args.length > 0 ? args[0] : "target/bench-corpora/bbc-2000.jsonl";
    bench.articles = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    bench.readArticles();
    Blackhole out = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RecognitionBenchmarks.Tokens counter = new RecognitionBenchmarks.Tokens();
    Map<String, BiConsumer<RecognitionBenchmarks.Tokens, Blackhole>> steps = new LinkedHashMap<>();
    steps.put("casedSentences", bench::casedSentences);
    steps.put("wholeArticles", bench::wholeArticles);
    for (Map.Entry<String, BiConsumer<RecognitionBenchmarks.Tokens, Blackhole>> step : steps.entrySet()) {
      step.getValue().accept(counter, out);
      counter.reset();
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      for (int pass = 0; pass < passes; pass++) {
        step.getValue().accept(counter, out);
      }
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      System.out.printf("%-15s %,9d tokens  %,8.0f tokens per CPU second  %,8.0f per wall second%n",
          step.getKey(), counter.tokens, counter.tokens / cpuSeconds, counter.tokens / wallSeconds);
    }
  }
}
