package org.corpusanalytics.text.duplicates;

/** The 64-bit finaliser of SplitMix64: a fixed, well-spread mix of a long, the same on every JVM. */
final class Hashing {
  private Hashing() {}

  static long mix(long value) {
    long z = value + 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
