create schema if not exists disclosure;

-- Requests for government information (依申请公开). due_on is the answer deadline as it stands, null while the
-- clock stands still for a correction; it is kept by the application with every step, so that overdue lists and
-- the annual report can ask the database directly. Contact details are personal data: SM4-encrypted.
create sequence disclosure.info_request_serial;

create table disclosure.info_request (
    id                      bigserial primary key,
    number                  text not null unique,
    department_id           bigint not null,
    requester_account_id    bigint,
    requester_kind          text not null check (requester_kind in ('NATURAL_PERSON', 'LEGAL_PERSON')),
    requester_name          text not null,
    phone_enc               text not null,
    email_enc               text,
    address_enc             text,
    channel                 text not null check (channel in ('ONLINE', 'WRITTEN')),
    description             text not null,
    purpose                 text,
    delivery                text not null check (delivery in ('ELECTRONIC', 'PAPER')),
    received_on             date not null,
    status                  text not null check (status in ('PROCESSING', 'AWAITING_CORRECTION', 'ANSWERED')),
    correction_noticed_on   date,
    correction_noticed_by   bigint,
    correction_detail       text,
    correction_due_on       date,
    corrected_on            date,
    corrected_description   text,
    extension_days          int check (extension_days between 1 and 20),
    extension_reason        text,
    extension_proposed_by   bigint,
    extension_proposed_on   date,
    extension_status        text check (extension_status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    extension_decided_by    bigint,
    extension_decided_on    date,
    extension_comment       text,
    due_on                  date,
    answered_on             date,
    answered_by             bigint,
    outcome                 text check (outcome in ('DISCLOSED', 'PARTIALLY_DISCLOSED', 'WITHHELD', 'UNAVAILABLE',
                                                    'NOT_RESPONSIBLE', 'NOT_PROCESSED', 'ALREADY_PUBLISHED', 'ABANDONED')),
    exemption               text,
    outcome_reason          text,
    earlier_request_number  text,
    responsible_body        text,
    publication_id          bigint,
    answer_summary          text,
    answer_document_digest  char(64),
    answer_document_type    text,
    answer_document_size    bigint,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    check ((status = 'ANSWERED') = (outcome is not null and answered_on is not null and answer_document_digest is not null)),
    check (status = 'AWAITING_CORRECTION' or due_on is not null),
    check (extension_proposed_by is null or extension_decided_by is null or extension_proposed_by <> extension_decided_by)
);
create index info_request_department on disclosure.info_request (department_id, received_on);
create index info_request_requester on disclosure.info_request (requester_account_id) where requester_account_id is not null;
create index info_request_open_due on disclosure.info_request (due_on) where status <> 'ANSWERED';

-- Every step of a request, for the requester's history and the staff's 已办 list.
create table disclosure.info_request_step (
    id               bigserial primary key,
    request_id       bigint not null references disclosure.info_request (id),
    action           text not null,
    actor_account_id bigint,
    actor_name       text not null,
    happened_at      timestamptz not null default now(),
    note             text
);
create index info_request_step_request on disclosure.info_request_step (request_id, id);
create index info_request_step_actor on disclosure.info_request_step (actor_account_id, id) where actor_account_id is not null;
