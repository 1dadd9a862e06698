-- Results, ratings and notifications: who may rate, follow bad ratings up, read the statistics, revoke licences.
insert into identity.permission (code, name_zh, name_en) values
    ('rating:rate',      '评价本人办件（好差评）',     'Rate one''s own applications'),
    ('rating:follow-up', '处理本部门差评整改回访',     'Follow up bad ratings of one''s department'),
    ('rating:statistics', '查看数据范围内的好差评统计', 'See rating statistics within one''s data scope'),
    ('licence:revoke',   '注销本部门签发的电子证照',   'Revoke licences one''s department issued');

insert into identity.role (code, name_zh, name_en, admin_duty, for_kinds) values
    ('RATING_SUPERVISOR', '好差评监督员', 'Rating supervisor', null, 'STAFF,LEADER'),
    ('LICENCE_OFFICER',   '证照管理员',   'Licence officer',   null, 'STAFF,LEADER');

-- Every applicant rates his own cases; every staff member answers the bad ratings of his own department.
insert into identity.role_permission (role_code, permission_code) values
    ('CITIZEN', 'rating:rate'), ('ENTERPRISE', 'rating:rate'),
    ('STAFF', 'rating:follow-up'),
    ('LEADER', 'rating:statistics'), ('RATING_SUPERVISOR', 'rating:statistics'),
    ('LICENCE_OFFICER', 'licence:revoke');
