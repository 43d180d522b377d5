package org.corpusanalytics.pipeline.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The k greatest items seen by an order; give the order a tie-break so the result is deterministic. */
final class TopK<T> {
  private final int k;
  private final Comparator<T> order;
  private final PriorityQueue<T> smallestFirst;

  TopK(int k, Comparator<T> order) {
    this.k = k;
    this.order = order;
    this.smallestFirst = new PriorityQueue<>(order);
  }

  void add(T item) {
    if (smallestFirst.size() < k) {
      smallestFirst.add(item);
    } else if (order.compare(item, smallestFirst.peek()) > 0) {
      smallestFirst.poll();
      smallestFirst.add(item);
    }
  }

  /** The items kept, greatest first. */
  List<T> descending() {
    List<T> items = new ArrayList<>(smallestFirst);
    items.sort(order.reversed());
    return items;
  }
}
