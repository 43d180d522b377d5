package org.corpusanalytics.text.ner;

import static org.corpusanalytics.text.ner.EntityType.LOCATION;
import static org.corpusanalytics.text.ner.EntityType.MISC;
import static org.corpusanalytics.text.ner.EntityType.ORGANIZATION;
import static org.corpusanalytics.text.ner.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusanalytics.text.ner.ArticleEntityResolver.Resolved;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleEntityResolverTest {
  private final ArticleEntityResolver resolver = ArticleEntityResolver.standard(DemonymMode.COUNTRY);
  private final ArticleEntityResolver keeping = ArticleEntityResolver.standard(DemonymMode.KEEP);

  static Stream<Arguments> articles() {
    return Stream.of(
        Arguments.of("empty article", List.of(), List.of(), List.of()),
        Arguments.of("surname -> full name",
            List.of("Donald Trump", "Trump", "Mr. Trump"), List.of(PERSON, PERSON, PERSON),
            List.of(r("Donald Trump", PERSON), r("Donald Trump", PERSON), r("Donald Trump", PERSON))),
        Arguments.of("surname mislabelled as organisation follows the person",
            List.of("Nicolás Maduro", "Maduro", "Maduro"), List.of(PERSON, ORGANIZATION, ORGANIZATION),
            List.of(r("Nicolás Maduro", PERSON), r("Nicolás Maduro", PERSON), r("Nicolás Maduro", PERSON))),
        Arguments.of("possessive and title",
            List.of("Secretary of State Marco Rubio", "Rubio's"), List.of(PERSON, PERSON),
            List.of(r("Marco Rubio", PERSON), r("Marco Rubio", PERSON))),
        Arguments.of("a bare title is no entity",
            List.of("President", "Venezuela"), List.of(PERSON, LOCATION),
            Stream.of(null, r("Venezuela", LOCATION)).toList()),
        Arguments.of("aliases share one name",
            List.of("US", "United States", "America"), List.of(LOCATION, LOCATION, LOCATION),
            List.of(r("United States", LOCATION), r("United States", LOCATION), r("United States", LOCATION))),
        Arguments.of("a place inside an organisation's name stays a place",
            List.of("The New York Times", "New York"), List.of(ORGANIZATION, LOCATION),
            List.of(r("The New York Times", ORGANIZATION), r("New York", LOCATION))),
        Arguments.of("the more mentioned full name wins an ambiguous surname",
            List.of("George Bush", "George W. Bush", "George W. Bush", "Bush"), List.of(PERSON, PERSON, PERSON, PERSON),
            List.of(r("George Bush", PERSON), r("George W. Bush", PERSON), r("George W. Bush", PERSON),
                r("George W. Bush", PERSON))),
        Arguments.of("resolution follows a chain to the fullest name",
            List.of("Bush", "George Bush", "George Bush", "George Bush", "George Bush Jr."),
            List.of(PERSON, PERSON, PERSON, PERSON, PERSON),
            List.of(r("George Bush Jr.", PERSON), r("George Bush Jr.", PERSON), r("George Bush Jr.", PERSON),
                r("George Bush Jr.", PERSON), r("George Bush Jr.", PERSON))),
        Arguments.of("diacritics differ: one key, the written form of the full name",
            List.of("Nicolas Maduro", "MADURO"), List.of(PERSON, PERSON),
            List.of(r("Nicolas Maduro", PERSON), r("Nicolas Maduro", PERSON))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void resolvesWithinTheArticle(String name, List<String> surfaces, List<EntityType> types, List<Resolved> expected) {
    assertEquals(expected, new ArrayList<>(resolver.resolve(surfaces, types)));
  }

  static Stream<Arguments> demonymsAndAcronyms() {
    return Stream.of(
        Arguments.of("an adjective never becomes a longer name; with country it counts toward the country",
            List.of("Venezuelan authoritarian", "Venezuelan", "Venezuela"), List.of(MISC, MISC, LOCATION), Map.of(),
            List.of(r("Venezuela", LOCATION), r("Venezuela", LOCATION), r("Venezuela", LOCATION)),
            List.of(r("Venezuelan", MISC), r("Venezuelan", MISC), r("Venezuela", LOCATION))),
        Arguments.of("plural demonym, curated noun and X-based",
            List.of("Venezuelans", "Britons", "U.S.-based"), List.of(MISC, MISC, MISC), Map.of(),
            List.of(r("Venezuela", LOCATION), r("United Kingdom", LOCATION), r("United States", LOCATION)),
            List.of(r("Venezuelans", MISC), r("Britons", MISC), r("U.S.-based", MISC))),
        Arguments.of("a mislabelled adjective does not join a longer name of its type",
            List.of("Venezuelan", "Venezuelan Air Force"), List.of(ORGANIZATION, ORGANIZATION), Map.of(),
            List.of(r("Venezuela", LOCATION), r("Venezuelan Air Force", ORGANIZATION)),
            List.of(r("Venezuelan", MISC), r("Venezuelan Air Force", ORGANIZATION))),
        Arguments.of("an acronym the article defines joins its long form",
            List.of("European Community", "EC", "EC"), List.of(ORGANIZATION, ORGANIZATION, ORGANIZATION),
            Map.of("ec", "European Community"),
            List.of(r("European Community", ORGANIZATION), r("European Community", ORGANIZATION),
                r("European Community", ORGANIZATION)),
            List.of(r("European Community", ORGANIZATION), r("European Community", ORGANIZATION),
                r("European Community", ORGANIZATION))),
        Arguments.of("an undefined acronym stays itself",
            List.of("European Community", "EC"), List.of(ORGANIZATION, ORGANIZATION), Map.of(),
            List.of(r("European Community", ORGANIZATION), r("EC", ORGANIZATION)),
            List.of(r("European Community", ORGANIZATION), r("EC", ORGANIZATION))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demonymsAndAcronyms")
  void resolvesDemonymsAsConfiguredAndDefinedAcronyms(String name, List<String> surfaces, List<EntityType> types,
      Map<String, String> acronyms, List<Resolved> asCountry, List<Resolved> kept) {
    assertEquals(asCountry, resolver.resolve(surfaces, types, acronyms), "--demonyms=country");
    assertEquals(kept, keeping.resolve(surfaces, types, acronyms), "--demonyms=keep");
  }

  private static Resolved r(String name, EntityType type) {
    return new Resolved(name, type);
  }
}
