-- Analysis queries over the job's output, in DuckDB SQL. notebooks/explore.ipynb runs them by name,
-- and NotebookQueriesTest (pipeline/) runs every one against the job's output on a fixture corpus.
--
-- Convention: each query reads the tables as views named after them (articles, sentences, terms,
-- vocabulary, entity_mentions, entities, cooccurrence, rejects). Make the views first, with OUTPUT
-- the job's --output directory:
--
--   CREATE VIEW articles AS SELECT * FROM read_parquet('OUTPUT/articles/*.parquet');   -- and so on
--
-- Format: every query starts with a line "-- name: <query_name>", then comment lines saying what it
-- shows, then one SQL statement. Add a query the same way; the test runs it and fails if it breaks
-- or returns no rows on the fixture corpus.

-- name: corpus_overview
-- The corpus in one row: articles, sentences and word tokens, how many articles carry a date and
-- the span of those dates, and the mean article sentiment.
SELECT count(*) AS articles,
       sum(sentence_count) AS sentences,
       sum(token_count) AS tokens,
       count(published_at) AS dated_articles,
       min(published_at) AS first_published,
       max(published_at) AS last_published,
       avg(sentiment_compound) AS mean_sentiment
FROM articles;

-- name: table_rows
-- Rows in every table written by the job.
SELECT 'articles' AS table_name, count(*) AS row_count FROM articles
UNION ALL SELECT 'sentences', count(*) FROM sentences
UNION ALL SELECT 'terms', count(*) FROM terms
UNION ALL SELECT 'vocabulary', count(*) FROM vocabulary
UNION ALL SELECT 'entity_mentions', count(*) FROM entity_mentions
UNION ALL SELECT 'entities', count(*) FROM entities
UNION ALL SELECT 'cooccurrence', count(*) FROM cooccurrence
UNION ALL SELECT 'rejects', count(*) FROM rejects;

-- name: rejects_by_reason
-- Input records that produced no article, by stage and reason code (see the README's reason codes).
SELECT stage, reason, count(*) AS records
FROM rejects
GROUP BY stage, reason
ORDER BY records DESC, stage, reason;

-- name: top_entities_by_type
-- The ten most mentioned entities of each type (PERSON, ORGANIZATION, LOCATION, MISC), with the
-- articles mentioning them and the mean sentiment of the sentences that mention them.
SELECT entity_type, entity, mention_count, doc_count, mean_sentiment
FROM entities
QUALIFY row_number() OVER (PARTITION BY entity_type ORDER BY mention_count DESC, entity) <= 10
ORDER BY entity_type, mention_count DESC, entity;

-- name: top_pairs
-- The strongest co-occurrences at each scope: the 25 pairs found together in the most sentences
-- (scope 'sentence') or articles (scope 'article'), ties by npmi (0: together as often as chance
-- would have it; 1: never one without the other). With --cooccurrencePeriod a pair has a row per period.
SELECT scope, period, entity_a, type_a, entity_b, type_b, pair_count, doc_count, npmi, mean_sentiment
FROM cooccurrence
QUALIFY row_number() OVER (PARTITION BY scope ORDER BY pair_count DESC, npmi DESC, entity_a, entity_b, period) <= 25
ORDER BY scope, pair_count DESC, npmi DESC, entity_a, entity_b, period;

-- name: sentiment_by_month
-- Sentiment over time: dated articles per calendar month (UTC), their mean sentiment
-- (sentiment_compound) and mean word-level tone. Undated articles are left out.
SELECT date_trunc('month', published_at AT TIME ZONE 'UTC') AS month,
       count(*) AS articles,
       avg(sentiment_compound) AS mean_sentiment,
       avg(tone) AS mean_tone
FROM articles
WHERE published_at IS NOT NULL
GROUP BY month
ORDER BY month;

-- name: sentiment_by_day
-- The same per day (UTC), for corpora that span weeks rather than months.
SELECT date_trunc('day', published_at AT TIME ZONE 'UTC') AS day,
       count(*) AS articles,
       avg(sentiment_compound) AS mean_sentiment,
       avg(tone) AS mean_tone
FROM articles
WHERE published_at IS NOT NULL
GROUP BY day
ORDER BY day;

-- name: sentiment_histogram
-- How sentence sentiment is distributed: sentences per bin of sentiment_compound, 20 bins of width
-- 0.1 from -1 to 1 (bin_start is the lower bound; a score of exactly 1 falls in the last bin).
-- Empty bins are left out.
SELECT round(-1 + least(floor((sentiment_compound + 1) * 10), 19) / 10, 1) AS bin_start,
       count(*) AS sentences
FROM sentences
WHERE sentiment_compound IS NOT NULL
GROUP BY bin_start
ORDER BY bin_start;

-- name: distinctive_terms
-- The corpus's most distinctive terms: TF-IDF summed over the articles, where a term's tf in an
-- article is its share of the article's terms (stop words are not terms) and its idf is
-- ln(articles / articles containing it). A term found in every article scores 0. Only words of
-- three or more letters are ranked (no numbers, units such as the "m" of "£5m", or "mr").
WITH article_terms AS (SELECT doc_id, sum(count) AS terms FROM terms GROUP BY doc_id),
     corpus AS (SELECT count(*) AS articles FROM articles)
SELECT t.term,
       v.term_count,
       v.doc_count,
       ln(c.articles / v.doc_count) AS idf,
       sum(t.count / a.terms) * ln(c.articles / v.doc_count) AS tfidf
FROM terms t
JOIN article_terms a USING (doc_id)
JOIN vocabulary v USING (term)
CROSS JOIN corpus c
WHERE regexp_full_match(t.term, '\p{L}{3,}')
GROUP BY t.term, v.term_count, v.doc_count, c.articles
ORDER BY tfidf DESC, t.term
LIMIT 30;

-- name: top_terms_per_article
-- Each article's five most distinctive terms by TF-IDF (as in distinctive_terms, for one article;
-- words of three or more letters), with its title.
WITH article_terms AS (SELECT doc_id, sum(count) AS terms FROM terms GROUP BY doc_id),
     corpus AS (SELECT count(*) AS articles FROM articles),
     scored AS (
       SELECT t.doc_id, t.term, t.count, t.count / a.terms * ln(c.articles / v.doc_count) AS tfidf
       FROM terms t
       JOIN article_terms a USING (doc_id)
       JOIN vocabulary v USING (term)
       CROSS JOIN corpus c
       WHERE regexp_full_match(t.term, '\p{L}{3,}'))
SELECT s.doc_id, ar.title, s.term, s.count, s.tfidf
FROM scored s
JOIN articles ar USING (doc_id)
QUALIFY row_number() OVER (PARTITION BY s.doc_id ORDER BY s.tfidf DESC, s.term) <= 5
ORDER BY s.doc_id, s.tfidf DESC, s.term;
