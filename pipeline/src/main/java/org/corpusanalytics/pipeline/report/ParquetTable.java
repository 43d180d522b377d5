package org.corpusanalytics.pipeline.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.corpusanalytics.pipeline.io.WriteParquetTable;

/**
 * Streams the rows of one table the job wrote ({@code <directory>/*.parquet}), reading only the
 * named columns, through Beam's filesystems: so the report reads any output the job can write
 * (local, hdfs://, gs:// ...). Each row is a GenericRecord; timestamps are epoch milliseconds.
 */
final class ParquetTable {
  private final String directory;
  private final Schema projection;

  private ParquetTable(String directory, Schema projection) {
    this.directory = directory;
    this.projection = projection;
  }

  /** The table in {@code directory}, written from {@code valueType}, read as the given columns. */
  static ParquetTable of(String directory, Class<?> valueType, List<String> columns) {
    String table = directory.replaceAll(".*[/\\\\]", "");
    Schema full;
    try {
      full = WriteParquetTable.avroSchema(SchemaRegistry.createDefault().getSchema(valueType), table);
    } catch (NoSuchSchemaException e) {
      throw new IllegalArgumentException(valueType.getName() + " declares no schema", e);
    }
    List<Schema.Field> fields = columns.stream()
        .map(column -> {
          Schema.Field field = full.getField(column);
          if (field == null) {
            throw new IllegalArgumentException(table + " has no column " + column);
          }
          return new Schema.Field(field, field.schema());
        })
        .toList();
    return new ParquetTable(directory,
        Schema.createRecord(full.getName(), full.getDoc(), full.getNamespace(), false, fields));
  }

  void forEach(Consumer<GenericRecord> row) {
    try {
      MatchResult files = FileSystems.match(directory + "/*.parquet", EmptyMatchTreatment.ALLOW);
      for (MatchResult.Metadata file : files.metadata()) {
        Configuration conf = new Configuration(false);
        AvroReadSupport.setRequestedProjection(conf, projection);
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new BeamInputFile(file))
            .withDataModel(GenericData.get())
            .withConf(conf)
            .build()) {
          for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
            row.accept(record);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the table " + directory, e);
    }
  }

  /** A Parquet file opened through Beam's FileSystems as a seekable channel. */
  private static final class BeamInputFile implements InputFile {
    private final MatchResult.Metadata file;

    BeamInputFile(MatchResult.Metadata file) {
      this.file = file;
    }

    @Override
    public long getLength() {
      return file.sizeBytes();
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      SeekableByteChannel channel = (SeekableByteChannel) FileSystems.open(file.resourceId());
      return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long position) throws IOException {
          channel.position(position);
        }
      };
    }
  }
}
