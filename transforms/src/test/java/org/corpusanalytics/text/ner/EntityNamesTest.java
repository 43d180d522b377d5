package org.corpusanalytics.text.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityNamesTest {

  @ParameterizedTest(name = "key({0}) = {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "''|''",
      "'   '|''",
      "Nicolás Maduro|nicolas maduro",
      "NICOLAS MADURO|nicolas maduro",
      "U.S.|us",
      "The New York Times|new york times",
      "Théâtre   du Châtelet|theatre du chatelet",
      "Hewlett-Packard|hewlett packard",
      "O'Neill|oneill",
      "Zoë Ŝkvorecký|zoe skvorecky",
      "東京|東京",
      "Theodore Roosevelt|theodore roosevelt",
  })
  void keysFoldCaseDiacriticsAndPunctuation(String name, String key) {
    assertEquals(key, EntityNames.key(name));
  }

  @ParameterizedTest(name = "clean({0}) = {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "''|''",
      "President|''",
      "Mr.|''",
      "President Donald Trump|Donald Trump",
      "Secretary of State Marco Rubio|Marco Rubio",
      "Mr. Trump|Trump",
      "Former President Barack Obama|Barack Obama",
      "Maduro's|Maduro",
      "Maduro’s|Maduro",
      "Reuters'|Reuters",
      "Jones'|Jones",
      "US|United States",
      "U.S.|United States",
      "America|United States",
      "the United States|United States",
      "u.s.a.|United States",
      "Britain|United Kingdom",
      "\"Venezuela|Venezuela",
      "  Nicolás   Maduro |Nicolás Maduro",
      "Presidente Lula|Presidente Lula",
  })
  void cleanStripsTitlesPossessivesAndMapsAliases(String surface, String name) {
    assertEquals(name, EntityNames.standard().clean(surface));
  }
}
