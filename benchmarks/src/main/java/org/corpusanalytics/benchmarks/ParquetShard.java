package org.corpusanalytics.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.corpusanalytics.pipeline.io.WriteParquetTable;

/**
 * One Parquet file of one table, {@code <output>/<table>/part-SSSSS-of-NNNNN.parquet}, written with
 * the job's sink (Beam's ParquetIO sink, Snappy) and the job's Avro schema, derived from the value
 * type's Beam schema: value -> Row -> GenericRecord -> Parquet. Not thread-safe: one per thread.
 */
final class ParquetShard<T> implements AutoCloseable {
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.createDefault();

  private final SerializableFunction<T, Row> toRow;
  private final SerializableFunction<Row, GenericRecord> toRecord;
  private final ParquetIO.Sink sink;
  private final FileChannel channel;
  private final String table;
  private long rows;

  ParquetShard(Path output, String table, Class<T> type, int shard, int shards) {
    this.table = table;
    try {
      Schema schema = SCHEMAS.getSchema(type);
      org.apache.avro.Schema avro = WriteParquetTable.avroSchema(schema, table);
      this.toRow = SCHEMAS.getToRowFunction(type);
      this.toRecord = AvroUtils.getRowToGenericRecordFunction(avro);
      Path file = output.resolve(table).resolve(String.format("part-%05d-of-%05d.parquet", shard, shards));
      Files.createDirectories(file.getParent());
      this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      this.sink = ParquetIO.sink(avro).withCompressionCodec(CompressionCodecName.SNAPPY);
      sink.open(channel);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getName() + " declares a schema", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a shard of table " + table, e);
    }
  }

  void write(T value) {
    try {
      sink.write(toRecord.apply(toRow.apply(value)));
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeAll(Iterable<? extends T> values) {
    values.forEach(this::write);
  }

  String table() {
    return table;
  }

  long rows() {
    return rows;
  }

  /** Finishes the file (footer written by the sink's flush). */
  @Override
  public void close() {
    try (FileChannel closing = channel) {
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
