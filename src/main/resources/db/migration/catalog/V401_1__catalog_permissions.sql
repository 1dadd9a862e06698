-- Providers keep their own entries of the resource catalog.
insert into identity.permission (code, name_zh, name_en) values
    ('catalog:maintain', '维护本部门的政务信息资源目录', 'Maintain the department''s entries of the resource catalog');

insert into identity.role (code, name_zh, name_en, admin_duty, for_kinds) values
    ('CATALOG_MAINTAINER', '资源目录编目员', 'Resource catalog maintainer', null, 'STAFF,LEADER');

insert into identity.role_permission (role_code, permission_code) values
    ('CATALOG_MAINTAINER', 'catalog:maintain');
