-- The exchange: consumer staff ask for resources and read them through the gateway; provider approvers decide;
-- operators watch the gateway and replay dead letters; the audit administrator follows a grant to its records.
insert into identity.permission (code, name_zh, name_en) values
    ('exchange:request', '申请和使用共享数据',         'Request shared data and read it through the gateway'),
    ('exchange:approve', '审批共享申请',               'Decide on data-sharing requests'),
    ('exchange:operate', '查看交换统计与重投死信',     'Watch the exchange gateway and replay dead letters'),
    ('exchange:trace',   '追溯共享授权与数据使用记录', 'Trace grants, messages and data-use records');

insert into identity.role (code, name_zh, name_en, admin_duty, for_kinds) values
    ('EXCHANGE_CONSUMER', '共享数据使用员', 'Shared-data consumer', null, 'STAFF,LEADER'),
    ('EXCHANGE_APPROVER', '共享申请审批员', 'Sharing approver',     null, 'STAFF,LEADER'),
    ('EXCHANGE_OPERATOR', '交换运维员',     'Exchange operator',    null, 'STAFF,LEADER');

insert into identity.role_permission (role_code, permission_code) values
    ('EXCHANGE_CONSUMER', 'exchange:request'),
    ('EXCHANGE_APPROVER', 'exchange:approve'), ('EXCHANGE_APPROVER', 'exchange:operate'),
    ('EXCHANGE_OPERATOR', 'exchange:operate'),
    ('AUDIT_ADMIN', 'exchange:trace');
