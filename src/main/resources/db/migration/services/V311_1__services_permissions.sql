-- Services: who applies, who accepts at the window, who examines and decides in the back office, who
-- supervises deadlines, who maintains the catalog.
insert into identity.permission (code, name_zh, name_en) values
    ('services:apply',      '在线申请政务服务',       'Apply for government services online'),
    ('services:accept',     '窗口受理、补正告知、办结送达', 'Accept applications at the window, request supplements, conclude'),
    ('services:examine',    '审查办件',              'Examine applications'),
    ('services:decide',     '作出审批决定',           'Decide applications'),
    ('services:supervise',  '电子监察（超期督办）',     'Supervise deadlines'),
    ('services:catalog',    '维护政务服务事项清单',     'Maintain the service catalog');

insert into identity.role (code, name_zh, name_en, admin_duty, for_kinds) values
    ('SERVICES_WINDOW',     '综合窗口受理员', 'Window clerk',            null, 'STAFF,LEADER'),
    ('SERVICES_EXAMINER',   '审查员',        'Examiner',                null, 'STAFF,LEADER'),
    ('SERVICES_DECIDER',    '审批决定人',     'Decider',                 null, 'STAFF,LEADER'),
    ('SERVICES_SUPERVISOR', '电子监察员',     'Deadline supervisor',     null, 'STAFF,LEADER'),
    ('SERVICES_CATALOG',    '事项清单管理员', 'Service catalog keeper',   null, 'STAFF,LEADER');

insert into identity.role_permission (role_code, permission_code) values
    ('CITIZEN', 'services:apply'), ('ENTERPRISE', 'services:apply'),
    ('SERVICES_WINDOW', 'services:accept'),
    ('SERVICES_EXAMINER', 'services:examine'),
    ('SERVICES_DECIDER', 'services:examine'), ('SERVICES_DECIDER', 'services:decide'),
    ('SERVICES_SUPERVISOR', 'services:supervise'),
    ('SERVICES_CATALOG', 'services:catalog');
