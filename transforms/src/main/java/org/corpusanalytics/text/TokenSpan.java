package org.corpusanalytics.text;

/**
 * A word token as [start, end) character offsets into the analysed text, its normalised form
 * (lower case, typographic apostrophes folded to ASCII) and whether that form is a stop word.
 */
public record TokenSpan(int start, int end, String norm, boolean stopWord) {}
