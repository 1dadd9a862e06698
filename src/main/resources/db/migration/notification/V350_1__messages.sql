create schema if not exists notification;

-- In-app messages (站内消息) to one account each. A message that answers an event carries that event's key,
-- so a republished event does not tell the same thing twice.
create table notification.message (
    id          bigserial primary key,
    account_id  bigint not null,
    title       text not null check (length(title) between 1 and 200),
    body        text not null check (length(body) <= 4000),
    link        text check (link is null or link like '/%'),
    dedup_key   text unique,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index message_inbox on notification.message (account_id, created_at desc);
create index message_unread on notification.message (account_id) where read_at is null;

-- What was handed to an SMS or email sender, and whether it took it. Addresses are stored masked.
create table notification.delivery (
    id          bigserial primary key,
    message_id  bigint not null references notification.message (id),
    channel     text not null check (channel in ('SMS', 'EMAIL')),
    address     text not null,
    status      text not null check (status in ('SENT', 'FAILED')),
    error       text,
    sent_at     timestamptz not null default now()
);
create index delivery_message on notification.delivery (message_id);
