package org.corpusanalytics.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.ArticleEntitiesCoder;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.Token;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.text.TokenSpan;
import org.corpusanalytics.text.ner.Acronyms;
import org.corpusanalytics.text.ner.AdjectivePhrases;
import org.corpusanalytics.text.ner.ArticleEntityResolver;
import org.corpusanalytics.text.ner.ArticleRecognizer;
import org.corpusanalytics.text.ner.CrfEntityRecognizer;
import org.corpusanalytics.text.ner.DemonymMode;
import org.corpusanalytics.text.ner.EntityRecognizer;
import org.corpusanalytics.text.ner.EntitySpan;
import org.corpusanalytics.text.ner.EntityType;
import org.corpusanalytics.text.sentiment.TargetedSentiment;

/**
 * Recognises named entities in the sentences of each article and resolves them to the article's
 * canonical names.
 *
 * <p>TokenizedArticle -> ArticleEntities(doc_id, published_at, sentences, [sentence compound],
 * [EntityMention(sentence, span, text, name, type, sentiment)], {acronym -> long form}). Offsets index into the cleaned article text;
 * sentiment is {@link TargetedSentiment} toward the mention in its sentence, null when sentences were not scored;
 * the headline is not part of that text and takes no part. ALL-CAPS lines go to a caseless
 * recogniser, labels are made consistent within the article ({@link ArticleRecognizer}), and names
 * resolve within the article ({@link ArticleEntityResolver}: acronyms it defines, demonyms as
 * {@link #withDemonyms} says). A MISC adjective phrase ("Latin American conflicts",
 * {@link AdjectivePhrases}) is no entity. The acronyms an article defines travel with it, for
 * {@link PairCorpusAcronyms}. The recognisers are English: an article whose language is known and is
 * not English gets no mentions.
 *
 * <pre>{@code
 * PCollection<ArticleEntities> entities = scored.apply("ExtractEntities", ExtractEntities.create());
 * }</pre>
 */
public class ExtractEntities extends PTransform<PCollection<TokenizedArticle>, PCollection<ArticleEntities>> {

  /** Makes the recogniser on each worker; a heavy one should be shared per JVM, as the CRF's is. */
  @FunctionalInterface
  public interface RecognizerFactory extends Serializable {
    EntityRecognizer create();
  }

  /** Sentiment toward each mention, when the sentences were scored; thread-safe, lexicons shared per JVM. */
  private static final TargetedSentiment TARGETED = new TargetedSentiment();

  private final RecognizerFactory recognizers;
  private final RecognizerFactory caselessRecognizers;
  private final DemonymMode demonyms;

  private ExtractEntities(RecognizerFactory recognizers, RecognizerFactory caselessRecognizers, DemonymMode demonyms) {
    this.recognizers = recognizers;
    this.caselessRecognizers = caselessRecognizers;
    this.demonyms = demonyms;
  }

  /** With CoreNLP's CoNLL 4-class CRF and its caseless twin for ALL-CAPS lines; demonyms as countries. */
  public static ExtractEntities create() {
    return new ExtractEntities(CrfEntityRecognizer::shared, CrfEntityRecognizer::caseless, DemonymMode.COUNTRY);
  }

  /** With another recognition engine, for every line. */
  public ExtractEntities withRecognizer(RecognizerFactory recognizers) {
    return new ExtractEntities(recognizers, recognizers, demonyms);
  }

  /** What demonyms resolve to: their country (the default) or themselves. */
  public ExtractEntities withDemonyms(DemonymMode demonyms) {
    return new ExtractEntities(recognizers, caselessRecognizers, Objects.requireNonNull(demonyms, "demonyms"));
  }

  @Override
  public PCollection<ArticleEntities> expand(PCollection<TokenizedArticle> articles) {
    return articles.apply("RecognizeEntities",
            ParDo.of(new RecognizeEntitiesFn(recognizers, caselessRecognizers, demonyms)))
        .setCoder(ArticleEntitiesCoder.of());
  }

  /** The recogniser comes from the factory once per DoFn instance (the CRF's is one per JVM). */
  static class RecognizeEntitiesFn extends DoFn<TokenizedArticle, ArticleEntities> {
    private final Counter articles = Metrics.counter(RecognizeEntitiesFn.class, "articlesRecognized");
    private final Counter mentions = Metrics.counter(RecognizeEntitiesFn.class, "mentions");
    private final Counter tokens = Metrics.counter(RecognizeEntitiesFn.class, "tokensRecognized");
    private final Counter notEnglish = Metrics.counter(RecognizeEntitiesFn.class, "articlesNotEnglish");
    private final RecognizerFactory recognizers;
    private final RecognizerFactory caselessRecognizers;
    private final DemonymMode demonyms;
    private transient ArticleRecognizer recognizer;
    private transient ArticleEntityResolver resolver;

    RecognizeEntitiesFn(RecognizerFactory recognizers, RecognizerFactory caselessRecognizers, DemonymMode demonyms) {
      this.recognizers = recognizers;
      this.caselessRecognizers = caselessRecognizers;
      this.demonyms = demonyms;
    }

    @Setup
    public void setup() {
      recognizer = new ArticleRecognizer(recognizers.create(), caselessRecognizers.create(), true);
      resolver = ArticleEntityResolver.standard(demonyms);
    }

    @ProcessElement
    public void process(@Element TokenizedArticle article, OutputReceiver<ArticleEntities> out) {
      ArticleEntities entities = extract(recognizer, resolver, article);
      if (!isEnglish(article)) {
        notEnglish.inc();
      }
      articles.inc();
      mentions.inc(entities.getMentions().size());
      tokens.inc(article.tokenCount());
      out.output(entities);
    }
  }

  /** No language, or English ("en", "en-GB"): the recognisers' language. */
  static boolean isEnglish(TokenizedArticle article) {
    String language = article.getArticle().getLanguage();
    return language == null || language.equalsIgnoreCase("en") || language.toLowerCase(Locale.ROOT).startsWith("en-");
  }

  /** Recognises and resolves one article's entities; exposed for callers outside Beam. */
  public static ArticleEntities extract(
      ArticleRecognizer recognizer, ArticleEntityResolver resolver, TokenizedArticle article) {
    String text = article.getArticle().getText();
    List<List<TokenSpan>> sentences = new ArrayList<>(article.getSentences().size());
    List<Double> compounds = new ArrayList<>();
    for (Sentence sentence : article.getSentences()) {
      List<TokenSpan> tokens = new ArrayList<>(sentence.getTokens().size());
      for (Token token : sentence.getTokens()) {
        tokens.add(new TokenSpan(token.getCharStart(), token.getCharEnd(), token.getNorm(), token.isStopWord()));
      }
      sentences.add(tokens);
      if (sentence.getSentiment() != null) {
        compounds.add(sentence.getSentiment().getCompound());
      }
    }
    List<EntitySpan> spans = new ArrayList<>();
    List<Integer> sentenceOf = new ArrayList<>();
    List<Double> sentiments = new ArrayList<>();
    if (isEnglish(article)) {
      List<List<EntitySpan>> bySentence = recognizer.recognize(text, sentences);
      for (int s = 0; s < bySentence.size(); s++) {
        Sentence sentence = article.getSentences().get(s);
        String sentenceText = text.substring(sentence.getCharStart(), sentence.getCharEnd());
        for (EntitySpan span : bySentence.get(s)) {
          if (AdjectivePhrases.isModifyingAdjective(text, span)
              && !resolver.isDemonym(text.substring(span.start(), span.end()))) {
            continue;
          }
          spans.add(span);
          sentenceOf.add(sentence.getIndex());
          sentiments.add(sentence.getSentiment() == null ? null : TARGETED.score(sentenceText, List.<int[]>of(
              new int[] {span.start() - sentence.getCharStart(), span.end() - sentence.getCharStart()})));
        }
      }
    }
    List<String> surfaces = spans.stream().map(span -> text.substring(span.start(), span.end())).toList();
    List<EntityType> types = spans.stream().map(EntitySpan::type).toList();
    Map<String, String> acronyms = Acronyms.definedIn(text, spans);
    List<ArticleEntityResolver.Resolved> resolved = resolver.resolve(surfaces, types, acronyms);
    String docId = article.getArticle().getDocId();
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      if (resolved.get(i) != null) {
        mentions.add(EntityMention.create(docId, sentenceOf.get(i), surfaces.get(i), resolved.get(i).name(),
            resolved.get(i).type().name(), spans.get(i).start(), spans.get(i).end(), sentiments.get(i)));
      }
    }
    boolean scored = compounds.size() == article.getSentences().size();
    return ArticleEntities.create(docId, article.getArticle().getPublishedAt(), article.getSentences().size(),
        scored ? compounds : List.of(), mentions, resolver.longForms(acronyms));
  }
}
