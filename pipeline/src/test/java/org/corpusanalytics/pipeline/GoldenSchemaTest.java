package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.corpusanalytics.pipeline.io.WriteParquetTable;
import org.junit.jupiter.api.Test;

/**
 * The Avro schemas every table is written with, compared with {@code golden-schemas.txt}, so that a
 * schema change shows up as a reviewed diff. After an intended change, regenerate the file with
 * {@code mvn -pl pipeline test -Dtest=GoldenSchemaTest -Dgolden.update=true}.
 */
class GoldenSchemaTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-schemas.txt");

  @Test
  void tableSchemasMatchTheReviewedGoldenFile() throws IOException, NoSuchSchemaException {
    SchemaRegistry registry = SchemaRegistry.createDefault();
    StringBuilder schemas = new StringBuilder();
    for (Map.Entry<String, Class<?>> table : CorpusJob.TABLES.entrySet()) {
      schemas.append(WriteParquetTable.avroSchema(registry.getSchema(table.getValue()),
          table.getKey()).toString(true)).append('\n');
    }
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, schemas, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), schemas.toString(),
        "table schemas changed: review the diff and regenerate " + GOLDEN + " with -Dgolden.update=true");
  }
}
