-- Disclosure on request: citizens and enterprises file; the department's disclosure staff handle; a section chief
-- or leader approves extensions; supervisors (and leaders) watch overdue requests within their data scope.
insert into identity.permission (code, name_zh, name_en) values
    ('disclosure:file-request',       '提交政府信息公开申请',     'File requests for government information'),
    ('disclosure:handle-requests',    '办理政府信息公开申请',     'Handle requests for government information'),
    ('disclosure:approve-extension',  '审批延期答复',            'Approve extensions of the answer period'),
    ('disclosure:supervise-requests', '监督政府信息公开申请办理',  'Supervise the handling of requests');

insert into identity.role (code, name_zh, name_en, admin_duty, for_kinds) values
    ('DISCLOSURE_REQUEST_OFFICER',    '依申请公开经办人', 'Disclosure request officer',    null, 'STAFF,LEADER'),
    ('DISCLOSURE_REQUEST_APPROVER',   '依申请公开审核人', 'Disclosure request approver',   null, 'STAFF,LEADER'),
    ('DISCLOSURE_REQUEST_SUPERVISOR', '政务公开监督员',   'Disclosure supervisor',         null, 'STAFF,LEADER');

insert into identity.role_permission (role_code, permission_code) values
    ('CITIZEN', 'disclosure:file-request'),
    ('ENTERPRISE', 'disclosure:file-request'),
    ('DISCLOSURE_REQUEST_OFFICER', 'disclosure:handle-requests'),
    ('DISCLOSURE_REQUEST_APPROVER', 'disclosure:handle-requests'),
    ('DISCLOSURE_REQUEST_APPROVER', 'disclosure:approve-extension'),
    ('DISCLOSURE_REQUEST_SUPERVISOR', 'disclosure:supervise-requests'),
    ('LEADER', 'disclosure:approve-extension'),
    ('LEADER', 'disclosure:supervise-requests');
