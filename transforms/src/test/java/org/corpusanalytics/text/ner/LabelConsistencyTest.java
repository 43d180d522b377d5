package org.corpusanalytics.text.ner;

import static org.corpusanalytics.text.ner.EntityType.LOCATION;
import static org.corpusanalytics.text.ner.EntityType.ORGANIZATION;
import static org.corpusanalytics.text.ner.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelConsistencyTest {
  /** Sentences of one article, each with its mentions as (words, type); the words are found in order. */
  record Labelled(String sentence, List<Object[]> mentions) {}

  static Stream<Arguments> articles() {
    return Stream.of(
        Arguments.of("majority label", List.of(
                s("Maduro spoke .", "Maduro", PERSON), s("Maduro left .", "Maduro", PERSON),
                s("Maduro 's government .", "Maduro", ORGANIZATION)),
            List.of(PERSON, PERSON, PERSON)),
        Arguments.of("a tie changes nothing", List.of(
                s("Jordan won .", "Jordan", PERSON), s("Jordan lost .", "Jordan", LOCATION)),
            List.of(PERSON, LOCATION)),
        Arguments.of("a longer name's type passes to its short form", List.of(
                s("Phil Simmons took four .", "Phil Simmons", PERSON), s("Simmons bowled .", "Simmons", LOCATION)),
            List.of(PERSON, PERSON)),
        Arguments.of("longer names of two types pass nothing", List.of(
                s("New York Times and New York Police", "New York Times", ORGANIZATION, "New York Police", ORGANIZATION),
                s("New York Mayor", "New York Mayor", PERSON), s("in New York .", "New York", LOCATION)),
            List.of(ORGANIZATION, ORGANIZATION, PERSON, LOCATION)),
        Arguments.of("words must match whole", List.of(
                s("Venezuelan officials", "Venezuelan", EntityType.MISC), s("in Venezuela .", "Venezuela", LOCATION)),
            List.of(EntityType.MISC, LOCATION)),
        Arguments.of("empty article", List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void makesLabelsConsistent(String name, List<Labelled> sentences, List<EntityType> expected) {
    StringBuilder text = new StringBuilder();
    List<List<EntitySpan>> spans = new ArrayList<>();
    for (Labelled sentence : sentences) {
      int base = text.length();
      text.append(sentence.sentence()).append('\n');
      List<EntitySpan> mentions = new ArrayList<>();
      int from = 0;
      for (Object[] mention : sentence.mentions()) {
        int at = sentence.sentence().indexOf((String) mention[0], from);
        mentions.add(new EntitySpan(base + at, base + at + ((String) mention[0]).length(), (EntityType) mention[1]));
        from = at + 1;
      }
      spans.add(mentions);
    }
    List<List<EntitySpan>> consistent = LabelConsistency.apply(text.toString(), spans);
    List<EntityType> types = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      assertEquals(spans.get(i).stream().map(EntitySpan::start).toList(),
          consistent.get(i).stream().map(EntitySpan::start).toList(), "spans never move");
      consistent.get(i).forEach(span -> types.add(span.type()));
    }
    assertEquals(expected, types);
  }

  private static Labelled s(String sentence, Object... mentions) {
    List<Object[]> pairs = new ArrayList<>();
    for (int i = 0; i < mentions.length; i += 2) {
      pairs.add(new Object[] {mentions[i], mentions[i + 1]});
    }
    return new Labelled(sentence, pairs);
  }
}
