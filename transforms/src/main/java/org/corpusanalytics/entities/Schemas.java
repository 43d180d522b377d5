package org.corpusanalytics.entities;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.values.PCollection;

/** Schema coders of this package's value types. */
final class Schemas {
  private Schemas() {}

  static <T> Coder<T> coder(PCollection<?> any, Class<T> type) {
    try {
      return any.getPipeline().getSchemaRegistry().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getName() + " declares a schema", e);
    }
  }
}
