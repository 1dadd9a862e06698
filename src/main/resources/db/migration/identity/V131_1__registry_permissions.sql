-- Base registers: who may read them (masked or in the clear), search people by name, and keep them up to date.
insert into identity.permission (code, name_zh, name_en) values
    ('registry:read',      '查询基础信息库（脱敏）',   'Query the base registers (masked)'),
    ('registry:read-full', '查询基础信息库（明文）',   'Query the base registers in the clear'),
    ('registry:search',    '按姓名检索人口库',        'Search the population register by name'),
    ('registry:maintain',  '维护人口库与法人库',      'Maintain the population and legal-entity registers');

insert into identity.role (code, name_zh, name_en, admin_duty, for_kinds) values
    ('REGISTRY_READER',  '基础信息查询员', 'Register reader',  null, 'STAFF,LEADER'),
    ('REGISTRY_OFFICER', '基础信息核查员', 'Register officer', null, 'STAFF,LEADER'),
    ('REGISTRY_KEEPER',  '基础信息维护员', 'Register keeper',  null, 'STAFF,LEADER');

insert into identity.role_permission (role_code, permission_code) values
    ('REGISTRY_READER', 'registry:read'),
    ('REGISTRY_OFFICER', 'registry:read'), ('REGISTRY_OFFICER', 'registry:read-full'),
    ('REGISTRY_OFFICER', 'registry:search'),
    ('REGISTRY_KEEPER', 'registry:read'), ('REGISTRY_KEEPER', 'registry:read-full'),
    ('REGISTRY_KEEPER', 'registry:search'), ('REGISTRY_KEEPER', 'registry:maintain');
