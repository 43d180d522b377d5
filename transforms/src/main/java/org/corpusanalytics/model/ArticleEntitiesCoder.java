package org.corpusanalytics.model;

import static org.corpusanalytics.model.CompactFields.readNullableInstant;
import static org.corpusanalytics.model.CompactFields.readString;
import static org.corpusanalytics.model.CompactFields.readVarInt;
import static org.corpusanalytics.model.CompactFields.writeNullableInstant;
import static org.corpusanalytics.model.CompactFields.writeString;
import static org.corpusanalytics.model.CompactFields.writeVarInt;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.joda.time.Instant;

/**
 * A compact, fast coder for {@link ArticleEntities}, which Spark caches once and decodes for each of
 * the three steps that read it. Fields are written directly rather than through {@code Row}s; a
 * mention's doc id is written only when it is not the article's, and its canonical name only when
 * it differs from the mention text.
 *
 * <p>Layout: doc id, publication instant if present, sentence count, sentence compounds (count,
 * doubles), mentions (count; per mention: flags, sentence index, span, text, entity unless it is the
 * text, entity type, doc id unless it is the article's, sentiment if present), acronyms (count; key and
 * long form, in key order). Deterministic.
 */
public final class ArticleEntitiesCoder extends AtomicCoder<ArticleEntities> {
  private static final ArticleEntitiesCoder INSTANCE = new ArticleEntitiesCoder();
  private static final int DOC_ID_IS_ARTICLES = 1;
  private static final int ENTITY_IS_TEXT = 2;
  private static final int HAS_SENTIMENT = 4;

  private ArticleEntitiesCoder() {}

  public static ArticleEntitiesCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ArticleEntities value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    String docId = value.getDocId();
    writeString(out, docId);
    writeNullableInstant(out, value.getPublishedAt());
    writeVarInt(out, value.getSentenceCount());
    writeVarInt(out, value.getSentenceCompounds().size());
    for (double compound : value.getSentenceCompounds()) {
      out.writeDouble(compound);
    }
    writeVarInt(out, value.getMentions().size());
    for (EntityMention mention : value.getMentions()) {
      boolean docIdIsArticles = mention.getDocId().equals(docId);
      boolean entityIsText = mention.getEntity().equals(mention.getText());
      Double sentiment = mention.getSentiment();
      out.writeByte((docIdIsArticles ? DOC_ID_IS_ARTICLES : 0) | (entityIsText ? ENTITY_IS_TEXT : 0)
          | (sentiment != null ? HAS_SENTIMENT : 0));
      writeVarInt(out, mention.getSentenceIndex());
      writeVarInt(out, mention.getCharStart());
      writeVarInt(out, mention.getCharEnd());
      writeString(out, mention.getText());
      if (!entityIsText) {
        writeString(out, mention.getEntity());
      }
      writeString(out, mention.getEntityType());
      if (!docIdIsArticles) {
        writeString(out, mention.getDocId());
      }
      if (sentiment != null) {
        out.writeDouble(sentiment);
      }
    }
    writeVarInt(out, value.getAcronyms().size());
    for (Map.Entry<String, String> acronym : new TreeMap<>(value.getAcronyms()).entrySet()) {
      writeString(out, acronym.getKey());
      writeString(out, acronym.getValue());
    }
  }

  @Override
  public ArticleEntities decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String docId = readString(in);
    Instant publishedAt = readNullableInstant(in);
    int sentenceCount = readVarInt(in);
    int compoundCount = readVarInt(in);
    List<Double> compounds = new ArrayList<>(compoundCount);
    for (int i = 0; i < compoundCount; i++) {
      compounds.add(in.readDouble());
    }
    int mentionCount = readVarInt(in);
    List<EntityMention> mentions = new ArrayList<>(mentionCount);
    for (int i = 0; i < mentionCount; i++) {
      int flags = in.readUnsignedByte();
      int sentenceIndex = readVarInt(in);
      int start = readVarInt(in);
      int end = readVarInt(in);
      String text = readString(in);
      String entity = (flags & ENTITY_IS_TEXT) != 0 ? text : readString(in);
      String entityType = readString(in);
      String mentionDocId = (flags & DOC_ID_IS_ARTICLES) != 0 ? docId : readString(in);
      Double sentiment = (flags & HAS_SENTIMENT) != 0 ? in.readDouble() : null;
      mentions.add(EntityMention.create(mentionDocId, sentenceIndex, text, entity, entityType, start, end, sentiment));
    }
    int acronymCount = readVarInt(in);
    Map<String, String> acronyms = new HashMap<>(acronymCount * 2);
    for (int i = 0; i < acronymCount; i++) {
      acronyms.put(readString(in), readString(in));
    }
    return ArticleEntities.create(docId, publishedAt, sentenceCount, compounds, mentions, acronyms);
  }

  @Override
  public void verifyDeterministic() {}
}
