package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes a schema'd PCollection as one Parquet table: {@code <directory>/part-*.parquet}. The
 * Parquet schema is derived from the element type's Beam schema (Beam -> Avro -> Parquet), so the
 * table's columns are exactly the value type's fields. The number of files is fixed, so an empty
 * input still writes files that carry the schema and every table can be queried.
 *
 * <pre>{@code
 * articles.apply("WriteArticles", WriteParquetTable.to("out/articles"));
 * }</pre>
 */
public class WriteParquetTable<T> extends PTransform<PCollection<T>, PDone> {
  private static final String NAMESPACE = "org.corpusanalytics.tables";
  private final String directory;
  private final int numShards;

  private WriteParquetTable(String directory, int numShards) {
    this.directory = directory;
    this.numShards = numShards;
  }

  public static <T> WriteParquetTable<T> to(String directory) {
    return new WriteParquetTable<>(directory, 1);
  }

  /** How many Parquet files the table is written as (each written by one worker); at least 1. */
  public WriteParquetTable<T> withNumShards(int numShards) {
    if (numShards < 1) {
      throw new IllegalArgumentException("numShards must be at least 1, not " + numShards);
    }
    return new WriteParquetTable<>(directory, numShards);
  }

  /** The Avro schema a table of this Beam schema is written with; record name from the table's. */
  public static org.apache.avro.Schema avroSchema(Schema beamSchema, String tableName) {
    return AvroUtils.toAvroSchema(beamSchema, recordName(tableName), NAMESPACE);
  }

  @Override
  public PDone expand(PCollection<T> rows) {
    String tableName = directory.replaceAll(".*[/\\\\]", "");
    org.apache.avro.Schema avro = avroSchema(rows.getSchema(), tableName);
    rows.apply("ToRows", Convert.toRows())
        .apply("ToAvro", MapElements.into(TypeDescriptor.of(GenericRecord.class))
            .via(AvroUtils.getRowToGenericRecordFunction(avro)))
        .setCoder(AvroCoder.of(avro))
        .apply("WriteParquet", FileIO.<GenericRecord>write()
            .via(ParquetIO.sink(avro).withCompressionCodec(CompressionCodecName.SNAPPY))
            .to(directory)
            .withPrefix("part")
            .withSuffix(".parquet")
            .withNumShards(numShards));
    return PDone.in(rows.getPipeline());
  }

  /**
   * Writes {@code <directory>/part-00000-of-00001.parquet} with no rows when the directory holds no
   * Parquet file, so that an empty table still has its schema. (Beam's file sink writes nothing at
   * all for an empty PCollection.)
   */
  public static void ensureTableExists(String directory, Schema beamSchema) {
    try {
      String tableName = directory.replaceAll(".*[/\\\\]", "");
      MatchResult existing = FileSystems.match(directory + "/*.parquet", EmptyMatchTreatment.ALLOW);
      if (!existing.metadata().isEmpty()) {
        return;
      }
      org.apache.avro.Schema avro = avroSchema(beamSchema, tableName);
      ResourceId file = FileSystems.matchNewResource(directory + "/part-00000-of-00001.parquet", false);
      ParquetIO.Sink sink = ParquetIO.sink(avro).withCompressionCodec(CompressionCodecName.SNAPPY);
      try (WritableByteChannel channel = FileSystems.create(file, MimeTypes.BINARY)) {
        sink.open(channel);
        sink.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the empty table " + directory, e);
    }
  }

  /** "entity_mentions" -> "EntityMentions": a valid Avro record name. */
  static String recordName(String tableName) {
    StringBuilder name = new StringBuilder();
    for (String part : tableName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.length() == 0 || !Character.isLetter(name.charAt(0)) ? "Table" + name : name.toString();
  }
}
