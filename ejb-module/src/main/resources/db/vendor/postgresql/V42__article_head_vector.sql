-- K1 on PostgreSQL: the words of an article's title and tags (search_head, V41) as a tsvector with a GIN index of its
-- own, so that "which matching articles have a query word in the title or tags" is answered from two indexes
-- (this one and search_vector's, V39) without reading the rows that do not.
ALTER TABLE article ADD COLUMN head_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_head)) STORED;
CREATE INDEX article_head_vector_idx ON article USING gin (head_vector);
