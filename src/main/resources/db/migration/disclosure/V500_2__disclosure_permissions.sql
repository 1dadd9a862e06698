-- Proactive disclosure: who writes publications, who reviews them (never his own), who loads an archive in bulk.
insert into identity.permission (code, name_zh, name_en) values
    ('disclosure:author', '撰写主动公开信息',   'Write publications for proactive disclosure'),
    ('disclosure:review', '审核、发布与撤回公开信息', 'Review, publish and withdraw publications'),
    ('disclosure:bulk',   '批量导入公开信息存档', 'Load an archive of publications in bulk');

insert into identity.role (code, name_zh, name_en, admin_duty, for_kinds) values
    ('DISCLOSURE_AUTHOR',    '政务公开信息员', 'Disclosure author',    null, 'STAFF,LEADER'),
    ('DISCLOSURE_REVIEWER',  '政务公开审核员', 'Disclosure reviewer',  null, 'STAFF,LEADER'),
    ('DISCLOSURE_ARCHIVIST', '政务公开管理员', 'Disclosure archivist', null, 'STAFF,LEADER');

insert into identity.role_permission (role_code, permission_code) values
    ('DISCLOSURE_AUTHOR', 'disclosure:author'),
    ('DISCLOSURE_REVIEWER', 'disclosure:author'), ('DISCLOSURE_REVIEWER', 'disclosure:review'),
    ('DISCLOSURE_ARCHIVIST', 'disclosure:bulk');
