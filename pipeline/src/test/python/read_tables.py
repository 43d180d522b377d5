"""Reads every table of a job's output with each Python reader a user would pick, and prints what
each reader saw as one JSON object, for PythonClientsTest to check against the README:

  {"tables": {reader: {table: {"rows": n, "columns": {column: {"type": str, "nulls": n,
                                                               "nullable": bool (when the reader
                                                               keeps it), "value_class": str}}}}},
   "first_published": {reader: ISO-8601 date-time of articles.published_at where doc_id = DOC_ID}}

Usage: read_tables.py OUTPUT_DIR DOC_ID
"""
import json
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

TABLES = ["articles", "sentences", "terms", "vocabulary", "entity_mentions", "entities", "cooccurrence", "rejects"]
ISO_UTC = "%Y-%m-%dT%H:%M:%S%z"


def first_value_class(values):
    """The Python class of a column's first non-null value, or None when every value is null."""
    return next((type(value).__name__ for value in values if value is not None and not pd.isna(value)), None)


def with_pyarrow(output, doc_id):
    tables = {}
    for name in TABLES:
        table = pq.read_table(output / name)
        tables[name] = {"rows": table.num_rows, "columns": {
            field.name: {"type": str(field.type), "nullable": field.nullable,
                         "nulls": table.column(field.name).null_count,
                         "value_class": first_value_class(table.column(field.name).to_pylist())}
            for field in table.schema}}
    articles = pq.read_table(output / "articles")
    published = articles.filter(pc.equal(articles["doc_id"], doc_id))["published_at"][0].as_py()
    return tables, published.strftime(ISO_UTC)


def with_pandas(output, doc_id):
    tables = {}
    for name in TABLES:
        frame = pd.read_parquet(output / name)
        tables[name] = {"rows": len(frame), "columns": {
            column: {"type": str(frame[column].dtype), "nulls": int(frame[column].isna().sum()),
                     "value_class": first_value_class(frame[column])}
            for column in frame.columns}}
    articles = pd.read_parquet(output / "articles")
    published = articles.loc[articles["doc_id"] == doc_id, "published_at"].iloc[0]
    return tables, published.strftime(ISO_UTC)


def with_polars(output, doc_id):
    tables = {}
    for name in TABLES:
        frame = pl.read_parquet(output / name / "*.parquet")
        tables[name] = {"rows": frame.height, "columns": {
            column: {"type": str(frame.schema[column]), "nulls": frame[column].null_count(),
                     "value_class": first_value_class(frame[column].to_list())}
            for column in frame.columns}}
    articles = pl.read_parquet(output / "articles" / "*.parquet")
    published = articles.filter(pl.col("doc_id") == doc_id)["published_at"][0]
    return tables, published.strftime(ISO_UTC)


def with_duckdb(output, doc_id):
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    tables = {}
    for name in TABLES:
        files = f"{(output / name).as_posix()}/*.parquet"
        # parquet_schema: one row per column (and one for the root), REQUIRED or OPTIONAL.
        required = {column: repetition == "REQUIRED" for column, repetition in con.execute(
            "SELECT name, repetition_type FROM parquet_schema(?) WHERE num_children IS NULL", [files]).fetchall()}
        relation = con.read_parquet(files)
        rows = relation.fetchall()   # the test corpus is small
        columns = {column: {"type": str(column_type), "nullable": not required[column],
                            "nulls": sum(row[index] is None for row in rows),
                            "value_class": first_value_class(row[index] for row in rows)}
                   for index, (column, column_type) in enumerate(zip(relation.columns, relation.types))}
        tables[name] = {"rows": len(rows), "columns": columns}
    published, = con.execute("SELECT published_at FROM read_parquet(?) WHERE doc_id = ?",
                             [f"{(output / 'articles').as_posix()}/*.parquet", doc_id]).fetchone()
    return tables, published.strftime(ISO_UTC)


def with_pyspark(output, doc_id):
    spark = (SparkSession.builder.master("local[1]").appName("read-tables")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
             .getOrCreate())
    try:
        tables = {}
        for name in TABLES:
            frame = spark.read.parquet(str(output / name))
            rows = frame.collect()   # the test corpus is small
            tables[name] = {"rows": len(rows), "columns": {
                field.name: {"type": repr(field.dataType), "nulls": sum(row[field.name] is None for row in rows),
                             "value_class": first_value_class(row[field.name] for row in rows)}
                for field in frame.schema.fields}}
        published = (spark.read.parquet(str(output / "articles")).where(F.col("doc_id") == doc_id)
                     .select(F.date_format("published_at", "yyyy-MM-dd'T'HH:mm:ssZ").alias("at")).first()["at"])
        return tables, published
    finally:
        spark.stop()


def main(output, doc_id):
    result = {"tables": {}, "first_published": {}}
    for reader, read in [("pyarrow", with_pyarrow), ("pandas", with_pandas), ("polars", with_polars),
                         ("duckdb", with_duckdb), ("pyspark", with_pyspark)]:
        result["tables"][reader], result["first_published"][reader] = read(output, doc_id)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
