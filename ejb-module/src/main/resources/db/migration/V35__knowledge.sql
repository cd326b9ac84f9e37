-- K1 (seeds 000, 001, 003, 004): the knowledge base customers read before they open a ticket. An article has one
-- language; its translations share a translation key. Audience: every customer (PUBLIC), one organization, or one
-- project (project-specific training). search_text is title, tags and body normalised for search (Persian and Arabic
-- letters, digits, zero-width non-joiner), kept by the application.
create sequence article_seq start with 50 increment by 50;
create table article (
    id               bigint primary key,
    version          bigint not null,
    translation_key  varchar(36) not null,
    language         varchar(2) not null,
    category         varchar(200) not null,
    title            varchar(200) not null,
    body             varchar(20000) not null,
    video_urls       varchar(2600) not null,
    tags             varchar(400) not null,
    audience         varchar(20) not null,
    organization_id  bigint references organization (id),
    project_id       bigint references project (id),
    state            varchar(20) not null,
    search_text      varchar(21000) not null,
    created_by       varchar(100) not null,
    created_at       timestamp with time zone not null,
    updated_by       varchar(100) not null,
    updated_at       timestamp with time zone not null,
    published_at     timestamp with time zone,
    views            bigint not null,
    helpful          bigint not null,
    not_helpful      bigint not null,
    answered         bigint not null
);
create index article_state_language_idx on article (state, language);
create unique index article_translation_idx on article (translation_key, language);

-- every saved version of an article: who, when, what
create sequence article_revision_seq start with 50 increment by 50;
create table article_revision (
    id          bigint primary key,
    article_id  bigint not null references article (id),
    revision    integer not null,
    title       varchar(200) not null,
    body        varchar(20000) not null,
    state       varchar(20) not null,
    saved_by    varchar(100) not null,
    saved_at    timestamp with time zone not null
);
create index article_revision_article_idx on article_revision (article_id);

-- a customer system's vote on an article (helpful or not, with an optional comment)
create sequence article_rating_seq start with 50 increment by 50;
create table article_rating (
    id               bigint primary key,
    article_id       bigint not null references article (id),
    organization_id  bigint not null references organization (id),
    rated_by         varchar(100) not null,
    helpful          boolean not null,
    rating_comment   varchar(1000),
    rated_at         timestamp with time zone not null
);
create index article_rating_article_idx on article_rating (article_id);

-- an agent answered a ticket with an article (K1, seed 004: standard questions are answered with the instructions)
create sequence ticket_article_seq start with 50 increment by 50;
create table ticket_article (
    id           bigint primary key,
    ticket_id    bigint not null references ticket (id),
    article_id   bigint not null references article (id),
    answered_by  varchar(100) not null,
    answered_at  timestamp with time zone not null
);
create unique index ticket_article_idx on ticket_article (ticket_id, article_id);
