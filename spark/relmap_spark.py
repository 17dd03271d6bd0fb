#!/usr/bin/env python3
"""relmap on Apache Spark: extraction on every partition, the weighted graph aggregated in Spark SQL.

Reads articles (JSONL, CSV or Parquet, from any path Spark reads: local, HDFS, S3), pipes each
partition through `relmap extract -` (one process per partition, articles in as JSONL lines,
relations out as relmap's JSONL), writes the relations as Parquet (and as JSONL on request), and
aggregates them into relmap's weighted graph with relmap's semantics:

  * an edge is (source, target, type); a symmetric type's pair is ordered (source < target);
  * weight = distinct articles stating it (default) or mentions (--weight mentions);
  * mentions, articles, first and last date, mean confidence (3 decimals), directed;
  * optionally one graph per period (--window year|quarter|month; undated relations are left out
    of windows, as `relmap timeline` leaves them out).

Each graph is written as an edge-list CSV in relmap's own columns
(source,target,type,weight,directed,mentions,articles,first,last,confidence), which
`relmap rank`, `render`, `export`, `diff` and `timeline` read directly. The aggregated graph is
bounded by the actors, not the articles, so it is collected on the driver to write one CSV file.

Usage (local):
  spark-submit spark/relmap_spark.py --input articles.jsonl --out out/ --relmap .build/release/relmap
  python3 spark/relmap_spark.py --master 'local[2]' --input news.csv --columns text=body --out out/
See the README section "Past one machine" for a cluster.
"""
import argparse
import csv
import os
import shlex
import sys

ARTICLE_FIELDS = ["id", "date", "title", "text", "url", "lang", "source"]
EDGE_COLUMNS = ["source", "target", "type", "weight", "directed", "mentions", "articles", "first", "last", "confidence"]


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="articles: a JSONL, CSV or Parquet file or folder (any path Spark reads)")
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], help="the input's format (default: from its extension)")
    p.add_argument("--columns", default="", help="CSV/Parquet column names of article fields, as FIELD=COLUMN pairs (text=body,date=published_at)")
    p.add_argument("--out", required=True, help="output folder the driver writes: edges.csv, windows/*.edges.csv")
    p.add_argument("--relations", help="where Spark writes the relations as Parquet, any path Spark writes "
                                       "(default: OUT/relations.parquet; on a cluster, a shared file system)")
    p.add_argument("--relmap", default="relmap",
                   help="the relmap binary as the executors see it (shipped with --files/--archives, or on their PATH)")
    p.add_argument("--extract-args", default="", help="more arguments for `relmap extract` (for example '--level actor')")
    p.add_argument("--weight", choices=["articles", "mentions"], default="articles")
    p.add_argument("--window", choices=["year", "quarter", "month"], help="also one graph per period")
    p.add_argument("--jsonl", action="store_true", help="also write the relations as JSONL (relations.jsonl/, one part a partition)")
    p.add_argument("--partitions", type=int, default=0, help="repartition the articles into N parts first (0: as read)")
    p.add_argument("--master", help="Spark master when run with python3 rather than spark-submit (for example local[2])")
    return p.parse_args(argv)


def input_format(path, given):
    if given:
        return given
    lower = path.rstrip("/").lower()
    for ext, fmt in ((".jsonl", "jsonl"), (".json", "jsonl"), (".csv", "csv"), (".parquet", "parquet")):
        if lower.endswith(ext):
            return fmt
    sys.exit(f"relmap_spark: cannot tell the format of {path} from its name; give --format jsonl|csv|parquet")


def column_map(spec):
    mapping = {}
    for pair in filter(None, (p.strip() for p in spec.split(","))):
        field, sep, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            sys.exit(f"relmap_spark: --columns: '{pair}' is not FIELD=COLUMN")
        if field not in ARTICLE_FIELDS:
            sys.exit(f"relmap_spark: --columns: '{field}' is no article field ({', '.join(ARTICLE_FIELDS)})")
        mapping[field] = column
    return mapping


def read_articles(spark, path, fmt, columns):
    from pyspark.sql import functions as F
    if fmt == "jsonl":
        # The article fields as text (an integer id read as its digits), with no pass over the
        # input to infer a schema; a mapped column is read under its own name.
        from pyspark.sql import types as T
        names = [columns.get(f, f) for f in ARTICLE_FIELDS]
        df = spark.read.schema(T.StructType([T.StructField(n, T.StringType()) for n in names])).json(path)
    elif fmt == "csv":
        # RFC 4180 as relmap reads it: a header, quoted fields with commas, "" and line breaks.
        df = (spark.read.option("header", True).option("multiLine", True)
              .option("quote", '"').option("escape", '"').csv(path))
    else:
        df = spark.read.parquet(path)
    for field, column in columns.items():
        if column not in df.columns:
            sys.exit(f"relmap_spark: {path}: no column '{column}' (columns: {', '.join(df.columns)})")
        df = df.withColumnRenamed(column, field)
    if "text" not in df.columns:
        sys.exit(f"relmap_spark: {path}: no text column (columns: {', '.join(df.columns)}); map one with --columns text=NAME")
    keep = [c for c in ARTICLE_FIELDS if c in df.columns]
    # Every field as text, as relmap's JSONL takes it (an integer id stays its digits).
    return df.select(*[F.col(c).cast("string").alias(c) for c in keep])


def extract(spark, articles, relmap, extra):
    """The relations of `articles` as a DataFrame of relmap's JSONL lines (column `value`): one
    `relmap extract -` a partition, piped in the JVM (Spark's RDD.pipe), so that no row passes
    through a Python worker on its way."""
    from pyspark.sql import DataFrame
    command = " ".join(shlex.quote(a) for a in [relmap, "extract", "-", "--threads", "1"] + shlex.split(extra))
    # Spark's pipe fails the task when relmap exits non-zero (a bad article), with relmap's message
    # in the task's log.
    piped = articles._jdf.toJSON().rdd().pipe(command)
    strings = spark._jvm.org.apache.spark.sql.Encoders.STRING()
    return DataFrame(spark._jsparkSession.createDataset(piped, strings).toDF(), spark)


# The fields of relmap's relation JSONL and their kinds (s string, d double, b boolean, l long).
RELATION_FIELDS = [
    ("article", "s"), ("date", "s"), ("date_origin", "s"), ("source", "s"), ("target", "s"), ("type", "s"),
    ("confidence", "d"), ("trigger", "s"), ("negated", "b"), ("hedged", "b"), ("directed", "b"),
    ("source_text", "s"), ("target_text", "s"), ("source_actor", "s"), ("target_actor", "s"), ("lang", "s"),
    ("sentence_index", "l"), ("sentence_start", "l"), ("sentence_end", "l"), ("trigger_start", "l"),
    ("trigger_end", "l"), ("source_start", "l"), ("source_end", "l"), ("target_start", "l"),
    ("target_end", "l"), ("sentence", "s"),
]


def relation_frame(spark, lines):
    """The relations of `lines` (extract's) as a DataFrame, with a fixed schema (no inference pass)."""
    from pyspark.sql import DataFrame
    from pyspark.sql import types as T
    types = {"s": T.StringType(), "d": T.DoubleType(), "b": T.BooleanType(), "l": T.LongType()}
    schema = T.StructType([T.StructField(name, types[kind]) for name, kind in RELATION_FIELDS])
    jschema = spark._jsparkSession.parseDataType(schema.json())
    # Dataset[String] in the JVM ("as" is a Python keyword, so the method is looked up by name).
    strings = getattr(lines._jdf, "as")(spark._jvm.org.apache.spark.sql.Encoders.STRING())
    return DataFrame(spark._jsparkSession.read().schema(jschema).json(strings), spark)


def aggregate(relations, weight, window=None):
    """relmap's weighted graph of `relations` in Spark SQL, per period when `window` is given."""
    from pyspark.sql import functions as F
    r = relations
    swap = (~F.col("directed")) & (F.col("target") < F.col("source"))
    r = r.select(
        F.when(swap, F.col("target")).otherwise(F.col("source")).alias("s"),
        F.when(swap, F.col("source")).otherwise(F.col("target")).alias("t"),
        "type", "directed", "article", "date", "confidence")
    keys = ["s", "t", "type"]
    if window:
        year = F.substring("date", 1, 4)
        period = {
            "year": year,
            "month": F.substring("date", 1, 7),
            "quarter": F.concat(year, F.lit("-Q"), F.ceil(F.substring("date", 6, 2).cast("int") / 3).cast("string")),
        }[window]
        r = r.where(F.col("date").isNotNull()).withColumn("period", period)
        keys = ["period"] + keys
    g = r.groupBy(*keys).agg(
        F.count(F.lit(1)).alias("mentions"),
        F.countDistinct("article").alias("articles"),
        F.min("date").alias("first"),
        F.max("date").alias("last"),
        F.round(F.avg("confidence"), 3).alias("confidence"),
        F.first("directed").alias("directed"))
    g = g.withColumn("weight", F.col(weight))
    return g.withColumnRenamed("s", "source").withColumnRenamed("t", "target")


def write_edges(rows, path):
    """One edge-list CSV in relmap's columns, written whole to a temporary name and renamed."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(EDGE_COLUMNS)
        for r in sorted(rows, key=lambda r: (r["source"], r["target"], r["type"])):
            w.writerow([r["source"], r["target"], r["type"], r["weight"], "true" if r["directed"] else "false",
                        r["mentions"], r["articles"], r["first"] or "", r["last"] or "", r["confidence"]])
    os.replace(tmp, path)


def run(args, spark):
    fmt = input_format(args.input, args.format)
    articles = read_articles(spark, args.input, fmt, column_map(args.columns))
    if args.partitions > 0:
        articles = articles.repartition(args.partitions)
    lines = extract(spark, articles, args.relmap, args.extract_args).cache()
    relations = relation_frame(spark, lines).cache()
    out = args.out
    parquet = args.relations or os.path.join(out, "relations.parquet")
    relations.write.mode("overwrite").parquet(parquet)
    if args.jsonl:
        # Beside the Parquet: relmap's own lines, one part a partition.
        target = parquet[:-len(".parquet")] + ".jsonl" if parquet.endswith(".parquet") else parquet + ".jsonl"
        lines.write.mode("overwrite").text(target)
    edges = [r.asDict() for r in aggregate(relations, args.weight).collect()]
    write_edges(edges, os.path.join(out, "edges.csv"))
    windows = {}
    if args.window:
        for r in aggregate(relations, args.weight, args.window).collect():
            windows.setdefault(r["period"], []).append(r.asDict())
        for period, rows in windows.items():
            write_edges(rows, os.path.join(out, "windows", f"{period}.edges.csv"))
    print(f"relmap_spark: {relations.count()} relations, {len(edges)} edges"
          + (f", {len(windows)} windows ({args.window})" if args.window else "") + f" -> {out}", file=sys.stderr)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("relmap")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    try:
        run(args, spark)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
