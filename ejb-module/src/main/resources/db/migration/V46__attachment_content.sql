-- Issue 22: attachment content moves into the database, so every server of a cluster reads the same files.
-- Content-addressed (SHA-256) and stored once however often it is attached, in chunks of at most 512 KiB so that
-- neither an upload nor a download holds a whole file in memory. A content row is written after its chunks:
-- content without its row is an interrupted write, replaced by the next one.
create table attachment_content (
    sha256      varchar(64) primary key,
    size_bytes  bigint not null,
    chunks      integer not null,
    stored_at   timestamp with time zone not null
);
create table attachment_chunk (
    sha256  varchar(64) not null,
    seq     integer not null,
    bytes   bytea not null,
    primary key (sha256, seq)
);
create index attachment_sha256_idx on attachment (sha256);
