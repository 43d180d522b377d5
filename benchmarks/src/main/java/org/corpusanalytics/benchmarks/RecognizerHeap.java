package org.corpusanalytics.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.corpusanalytics.text.TokenSpan;
import org.corpusanalytics.text.ner.ArticleEntityResolver;
import org.corpusanalytics.text.ner.ArticleRecognizer;
import org.corpusanalytics.text.ner.CrfEntityRecognizer;
import org.corpusanalytics.text.ner.DemonymMode;
import org.corpusanalytics.text.ner.EntitySpan;

/**
 * Live heap the entity models take in one JVM: used heap after a full collection, before and after
 * loading the cased CRF, the caseless CRF and the name tables, printed in MB. The budget is 300 MB.
 *
 * <pre>{@code
 * java -Xmx2g -cp ... org.corpusanalytics.benchmarks.RecognizerHeap
 * }</pre>
 */
public final class RecognizerHeap {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private RecognizerHeap() {}

  public static void main(String[] args) {
    long empty = usedAfterGc();
    CrfEntityRecognizer cased = CrfEntityRecognizer.shared();
    long withCased = usedAfterGc();
    CrfEntityRecognizer caseless = CrfEntityRecognizer.caseless();
    long withCaseless = usedAfterGc();
    ArticleEntityResolver resolver = ArticleEntityResolver.standard(DemonymMode.COUNTRY);
    // one sentence through every model, so lazily built state is counted too
    String text = "Nicolás Maduro met Venezuelan officials in Caracas. THE EC AGREED.";
    List<List<TokenSpan>> sentences = List.of(
        List.of(new TokenSpan(0, 7, "nicolás", false), new TokenSpan(8, 14, "maduro", false),
            new TokenSpan(15, 18, "met", false), new TokenSpan(19, 29, "venezuelan", false),
            new TokenSpan(30, 39, "officials", false), new TokenSpan(40, 42, "in", true),
            new TokenSpan(43, 50, "caracas", false), new TokenSpan(50, 51, ".", false)),
        List.of(new TokenSpan(52, 55, "the", true), new TokenSpan(56, 58, "ec", false),
            new TokenSpan(59, 65, "agreed", false), new TokenSpan(65, 66, ".", false)));
    List<List<EntitySpan>> spans =
        new ArticleRecognizer(cased, caseless, true).recognize(text, sentences);
    long loaded = usedAfterGc();
    System.out.printf("cased CRF        %6.1f MB%n", mb(withCased - empty));
    System.out.printf("caseless CRF     %6.1f MB%n", mb(withCaseless - withCased));
    System.out.printf("models + tables  %6.1f MB (budget 300 MB)%n", mb(loaded - empty));
    System.out.println("recognised " + spans + "; Venezuelan is a demonym: " + resolver.isDemonym("Venezuelan"));
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
