package org.corpusanalytics.model;

import static org.corpusanalytics.model.CompactFields.isSpanOf;
import static org.corpusanalytics.model.CompactFields.readNullableInstant;
import static org.corpusanalytics.model.CompactFields.readNullableString;
import static org.corpusanalytics.model.CompactFields.readString;
import static org.corpusanalytics.model.CompactFields.readVarInt;
import static org.corpusanalytics.model.CompactFields.writeNullableInstant;
import static org.corpusanalytics.model.CompactFields.writeNullableString;
import static org.corpusanalytics.model.CompactFields.writeString;
import static org.corpusanalytics.model.CompactFields.writeVarInt;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * A compact, fast coder for {@link TokenizedArticle}, the largest element between steps (every
 * token of the article). Runners encode it whenever a collection is cached or shuffled: Spark
 * caches the tokenized articles once and decodes them for each of the four steps that read them.
 *
 * <p>The schema coder would convert every sentence and token to a {@code Row} and back; this one
 * writes fields directly, and writes a sentence's or token's text only when it is not exactly the
 * article text at its span (it almost always is, so decoding takes a substring instead).
 *
 * <p>Layout: article fields (the duplicate similarity as a presence flag and a double); sentence count; per sentence: index, span, text-or-span flag, tokens
 * (count; per token: flags, span, text unless it is the span, norm unless it equals the text),
 * sentence sentiment if present; then the article sentiment if present. Deterministic.
 */
public final class TokenizedArticleCoder extends AtomicCoder<TokenizedArticle> {
  private static final TokenizedArticleCoder INSTANCE = new TokenizedArticleCoder();
  private static final int TEXT_IS_SPAN = 1;
  private static final int NORM_IS_TEXT = 2;
  private static final int STOP_WORD = 4;

  private TokenizedArticleCoder() {}

  public static TokenizedArticleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(TokenizedArticle value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    Article article = value.getArticle();
    writeArticle(out, article);
    String text = article.getText();
    writeVarInt(out, value.getSentences().size());
    for (Sentence sentence : value.getSentences()) {
      writeSentence(out, sentence, text);
    }
    ArticleSentiment sentiment = value.getSentiment();
    out.writeBoolean(sentiment != null);
    if (sentiment != null) {
      out.writeDouble(sentiment.getCompound());
      out.writeDouble(sentiment.getPosShare());
      out.writeDouble(sentiment.getNegShare());
      out.writeDouble(sentiment.getPositiveWordPct());
      out.writeDouble(sentiment.getNegativeWordPct());
    }
  }

  @Override
  public TokenizedArticle decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    Article article = readArticle(in);
    String text = article.getText();
    int sentenceCount = readVarInt(in);
    List<Sentence> sentences = new ArrayList<>(sentenceCount);
    for (int i = 0; i < sentenceCount; i++) {
      sentences.add(readSentence(in, text));
    }
    ArticleSentiment sentiment = in.readBoolean()
        ? ArticleSentiment.create(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble())
        : null;
    return new AutoValue_TokenizedArticle(article, List.copyOf(sentences), sentiment);
  }

  @Override
  public void verifyDeterministic() {}

  private static void writeArticle(DataOutputStream out, Article article) throws IOException {
    writeString(out, article.getDocId());
    writeString(out, article.getSource());
    writeNullableString(out, article.getTitle());
    writeNullableInstant(out, article.getPublishedAt());
    writeNullableString(out, article.getLanguage());
    writeNullableString(out, article.getLanguageSource());
    writeNullableInstant(out, article.getCrawledAt());
    writeString(out, article.getText());
    out.writeBoolean(article.isTitleInFirstLine());
    writeVarInt(out, article.getBoilerplateCharsRemoved());
    writeNullableString(out, article.getDuplicateOf());
    out.writeBoolean(article.getDuplicateSimilarity() != null);
    if (article.getDuplicateSimilarity() != null) {
      out.writeDouble(article.getDuplicateSimilarity());
    }
  }

  private static Article readArticle(DataInputStream in) throws IOException {
    return Article.builder()
        .setDocId(readString(in))
        .setSource(readString(in))
        .setTitle(readNullableString(in))
        .setPublishedAt(readNullableInstant(in))
        .setLanguage(readNullableString(in))
        .setLanguageSource(readNullableString(in))
        .setCrawledAt(readNullableInstant(in))
        .setText(readString(in))
        .setTitleInFirstLine(in.readBoolean())
        .setBoilerplateCharsRemoved(readVarInt(in))
        .setDuplicateOf(readNullableString(in))
        .setDuplicateSimilarity(in.readBoolean() ? in.readDouble() : null)
        .build();
  }

  private static void writeSentence(DataOutputStream out, Sentence sentence, String text) throws IOException {
    writeVarInt(out, sentence.getIndex());
    writeVarInt(out, sentence.getCharStart());
    writeVarInt(out, sentence.getCharEnd());
    boolean textIsSpan = isSpanOf(sentence.getText(), text, sentence.getCharStart(), sentence.getCharEnd());
    out.writeBoolean(textIsSpan);
    if (!textIsSpan) {
      writeString(out, sentence.getText());
    }
    writeVarInt(out, sentence.getTokens().size());
    for (Token token : sentence.getTokens()) {
      writeToken(out, token, text);
    }
    SentenceSentiment sentiment = sentence.getSentiment();
    out.writeBoolean(sentiment != null);
    if (sentiment != null) {
      out.writeDouble(sentiment.getCompound());
      out.writeDouble(sentiment.getPos());
      out.writeDouble(sentiment.getNeu());
      out.writeDouble(sentiment.getNeg());
    }
  }

  private static Sentence readSentence(DataInputStream in, String text) throws IOException {
    int index = readVarInt(in);
    int start = readVarInt(in);
    int end = readVarInt(in);
    String sentenceText = in.readBoolean() ? text.substring(start, end) : readString(in);
    int tokenCount = readVarInt(in);
    List<Token> tokens = new ArrayList<>(tokenCount);
    for (int i = 0; i < tokenCount; i++) {
      tokens.add(readToken(in, text));
    }
    SentenceSentiment sentiment = in.readBoolean()
        ? SentenceSentiment.create(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble())
        : null;
    return new AutoValue_Sentence(index, start, end, sentenceText, List.copyOf(tokens), sentiment);
  }

  private static void writeToken(DataOutputStream out, Token token, String text) throws IOException {
    boolean textIsSpan = isSpanOf(token.getText(), text, token.getCharStart(), token.getCharEnd());
    boolean normIsText = token.getNorm().equals(token.getText());
    out.writeByte((textIsSpan ? TEXT_IS_SPAN : 0) | (normIsText ? NORM_IS_TEXT : 0)
        | (token.isStopWord() ? STOP_WORD : 0));
    writeVarInt(out, token.getCharStart());
    writeVarInt(out, token.getCharEnd());
    if (!textIsSpan) {
      writeString(out, token.getText());
    }
    if (!normIsText) {
      writeString(out, token.getNorm());
    }
  }

  private static Token readToken(DataInputStream in, String text) throws IOException {
    int flags = in.readUnsignedByte();
    int start = readVarInt(in);
    int end = readVarInt(in);
    String tokenText = (flags & TEXT_IS_SPAN) != 0 ? text.substring(start, end) : readString(in);
    String norm = (flags & NORM_IS_TEXT) != 0 ? tokenText : readString(in);
    return Token.create(tokenText, norm, start, end, (flags & STOP_WORD) != 0);
  }
}
