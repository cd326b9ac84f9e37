-- K1 on PostgreSQL: a trigram index lets search's LIKE '%word%' over the normalised search text skip the articles
-- that cannot match. pg_trgm ships with PostgreSQL (contrib, a trusted extension since 13); where it is not
-- installed, search works without the index (slower on large knowledge bases) and the server starts all the same.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm is not available: knowledge search runs without its trigram index';
    END;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX IF NOT EXISTS article_search_trgm_idx ON article USING gin (search_text gin_trgm_ops);
    END IF;
END $$;
