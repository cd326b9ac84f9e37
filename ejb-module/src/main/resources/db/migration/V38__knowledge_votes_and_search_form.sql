-- K1: one vote per customer system (API client) per article; voting again replaces the vote. Earlier repeated votes
-- keep the newest, and the article's figures are counted again from the votes that stay.
delete from article_rating
where exists (select 1 from article_rating newer
              where newer.article_id = article_rating.article_id and newer.rated_by = article_rating.rated_by
                and newer.id > article_rating.id);
update article set
    helpful = (select count(*) from article_rating r where r.article_id = article.id and r.helpful = true),
    not_helpful = (select count(*) from article_rating r where r.article_id = article.id and r.helpful = false);
create unique index article_rating_once_idx on article_rating (article_id, rated_by);

-- K1: which form of the normalised search text a row holds (1: V35's, where the zero-width non-joiner joined words;
-- 2: word starts and stems, ArticleRules.SEARCH_FORM). Rows of an older form are written again at start-up
-- (SearchTextUpgrade), without touching their version.
alter table article add column search_form integer default 1 not null;
