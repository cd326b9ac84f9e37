-- Issue 20 on PostgreSQL: the queue's word search (lower(title) LIKE '%word%') reads a trigram index instead of every
-- ticket; at a million tickets a rare word took a second. Like V37, created only where pg_trgm is available (the
-- search works without it, slower). An index only: the previous release runs on this schema unchanged. On a large
-- desk the index takes a while to build and holds writes to ticket meanwhile: upgrade in a quiet hour.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm is not available: the queue search runs without its trigram index';
    END;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX IF NOT EXISTS ticket_title_trgm_idx ON ticket USING gin (lower(title) gin_trgm_ops);
    END IF;
END $$;
