-- Issue 8: a project's hosting and admin-panel details, stored encrypted (AES-256-GCM, key outside the database);
-- only administrators read them, and every reading is audited.
create sequence project_secret_seq start with 50 increment by 50;
create table project_secret (
    id           bigint primary key,
    project_id   bigint not null references project (id),
    label        varchar(100) not null,
    ciphertext   varchar(8000) not null,
    updated_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    constraint project_secret_label_uk unique (project_id, label)
);
