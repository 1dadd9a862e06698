create schema if not exists exchange;

-- 共享申请: a consumer department asks a provider department for a catalog resource, or some of its data
-- items, with purpose, legal basis, period and expected volume. The resource's name, version, source and
-- provider are copied at submission, so the request reads the same after the catalog changes.
create table exchange.access_request (
    id                     bigserial primary key,
    resource_code          text not null,
    resource_name          text not null,
    resource_version       int not null,
    source                 text,
    sharing_type           text not null check (sharing_type in ('UNCONDITIONAL', 'CONDITIONAL')),
    provider_department_id bigint not null,
    consumer_department_id bigint not null,
    requested_by           text not null,
    requested_by_account   bigint not null,
    items                  text[] not null check (cardinality(items) > 0),
    purpose                text not null,
    legal_basis            text not null,
    method                 text not null check (method in ('API', 'FILE', 'SUBSCRIPTION')),
    valid_from             date not null,
    valid_until            date not null check (valid_until >= valid_from),
    expected_volume        int not null check (expected_volume > 0),
    callback_url           text,
    consumer_key_pem       text,
    status                 text not null check (status in ('PENDING', 'GRANTED', 'REFUSED')),
    submitted_at           timestamptz not null,
    due_on                 date,
    decided_at             timestamptz,
    decided_by             text,
    decided_by_account     bigint,
    reasons                text,
    check (status <> 'REFUSED' or length(trim(reasons)) > 0),
    check (method <> 'SUBSCRIPTION' or callback_url is not null)
);
create index access_request_provider on exchange.access_request (provider_department_id, status, submitted_at);
create index access_request_consumer on exchange.access_request (consumer_department_id, submitted_at);
create index access_request_decider on exchange.access_request (decided_by_account, decided_at);

-- 授权: what a granted request allows. Items may be fewer than requested (the provider decides); the grant
-- ends at valid_until or when revoked. rate_per_minute bounds the gateway requests under it.
create table exchange.access_grant (
    id                     bigserial primary key,
    request_id             bigint not null unique references exchange.access_request (id),
    resource_code          text not null,
    source                 text,
    provider_department_id bigint not null,
    consumer_department_id bigint not null,
    items                  text[] not null check (cardinality(items) > 0),
    purpose                text not null,
    method                 text not null,
    callback_url           text,
    consumer_key_pem       text,
    valid_from             date not null,
    valid_until            date not null,
    rate_per_minute        int not null check (rate_per_minute > 0),
    granted_at             timestamptz not null,
    revoked_at             timestamptz,
    revoked_by             text,
    revoke_reason          text
);
create index access_grant_consumer on exchange.access_grant (consumer_department_id);
create index access_grant_resource on exchange.access_grant (resource_code);

-- Every gateway answer, delivered or refused, by the message id it went out under. A refusal keeps the
-- rule it broke; a delivery how many records, which fields and the SM3 of the signed body.
create table exchange.gateway_message (
    message_id        uuid primary key,
    at                timestamptz not null,
    grant_id          bigint,
    resource_code     text not null,
    account           text not null,
    department_id     bigint,
    channel           text not null check (channel in ('GATEWAY', 'SUBSCRIPTION')),
    outcome           text not null check (outcome in ('DELIVERED', 'REFUSED')),
    rule              text,
    records           int not null default 0,
    fields            text[],
    consumer_nonce    text,
    body_sm3          char(64)
);
create index gateway_message_grant on exchange.gateway_message (grant_id, at);
create index gateway_message_at on exchange.gateway_message (at);

-- The nonces (request message ids) consumers have used: a second request with one is a replay.
create table exchange.consumer_nonce (
    nonce    text primary key,
    grant_id bigint not null,
    seen_at  timestamptz not null
);

-- Subscription messages waiting for, or done with, delivery to a subscriber's callback. The body is kept
-- SM4-encrypted (it carries register values) and sent byte for byte the same on every attempt.
create table exchange.subscription_delivery (
    id              bigserial primary key,
    grant_id        bigint not null references exchange.access_grant (id),
    message_id      uuid not null unique,
    subject_kind    text not null check (subject_kind in ('PERSON', 'ENTITY')),
    body_enc        text not null,
    signed_at       timestamptz not null,
    status          text not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index subscription_delivery_due on exchange.subscription_delivery (next_attempt_at) where status = 'PENDING';
create index subscription_delivery_dead on exchange.subscription_delivery (grant_id) where status = 'DEAD';
