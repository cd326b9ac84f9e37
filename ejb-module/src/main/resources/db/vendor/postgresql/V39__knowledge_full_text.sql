-- K1 on PostgreSQL: full-text search. Every word of an article's normalised search text (KnowledgeText: Persian yeh
-- and kaf, no zero-width non-joiner, 0-9 digits, lower case; one space between words) goes into a tsvector kept by
-- the database itself; a GIN index finds the articles with a word starting with each stem of a query
-- (to_tsquery('simple', 'stem:*')), which is what search means on every database (ArticleSearch): the stemming is
-- the product's own (KnowledgeText.stem, Persian, English and Russian), so H2 and PostgreSQL find the same articles.
-- The trigram index of V37 served LIKE '%word%', which search no longer asks on PostgreSQL.
ALTER TABLE article ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED;
CREATE INDEX article_search_vector_idx ON article USING gin (search_vector);
DROP INDEX IF EXISTS article_search_trgm_idx;
