-- A data use also says how the data left the register: through the register's own query API, through the
-- exchange gateway, or in a subscription message; for the last two, which catalog resource and which grant
-- carried it. Old rows are register queries. The new values are part of a link's hash whenever they differ
-- from a plain register query (DataUseHash), so they cannot be changed unnoticed either.
alter table registry.data_use
    add column channel text not null default 'REGISTER_QUERY'
        check (channel in ('REGISTER_QUERY', 'GATEWAY', 'SUBSCRIPTION')),
    add column resource_code text,
    add column grant_id bigint;

-- an auditor follows a grant to its messages and a message to its data-use records
create index data_use_message on registry.data_use (message_id);
create index data_use_grant on registry.data_use (grant_id) where grant_id is not null;
