-- K1 (issue 19): an article's title and tags, normalised like its search text, in a column of their own. Search reads
-- the articles with a query's word there first, so a title match is among the candidates however many articles hold
-- the word only in their bodies. Rows written before are filled at start-up (search form 3, SearchTextUpgrade);
-- until then they count as body-only matches, which they are still found as.
ALTER TABLE article ADD COLUMN search_head VARCHAR(700) DEFAULT '' NOT NULL;
