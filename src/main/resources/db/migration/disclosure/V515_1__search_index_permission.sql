-- Maintaining the disclosure search index (rebuild from the database) is a task of the system administrator.
insert into identity.permission (code, name_zh, name_en) values
    ('disclosure:search:manage', '维护政务公开站内搜索索引', 'Maintain the disclosure search index');

insert into identity.role_permission (role_code, permission_code) values
    ('SYSTEM_ADMIN', 'disclosure:search:manage');
