create schema if not exists identity;

-- One account system for the four kinds of user. Citizens (and staff, who are real-name too) are found
-- by the HMAC-SM3 blind index of their ID number; the number itself is stored only SM4-encrypted.
create table identity.account (
    id                    bigserial primary key,
    kind                  text not null check (kind in ('CITIZEN', 'ENTERPRISE', 'STAFF', 'LEADER')),
    username              text unique,
    id_number_index       char(64) unique,
    id_number_enc         text,
    id_number_masked      text,
    credit_code           text unique,
    display_name          text not null,
    phone_enc             text,
    legal_representative  bigint references identity.account (id),
    department_id         bigint,
    position_id           bigint,
    subordinate_scope     boolean not null default false,
    password_hash         text not null,
    password_must_change  boolean not null default false,
    password_changed_at   timestamptz not null default now(),
    totp_secret_enc       text,
    totp_enabled          boolean not null default false,
    totp_last_step        bigint,
    status                text not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
    failed_attempts       int not null default 0,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check (kind <> 'CITIZEN' or id_number_index is not null),
    check (kind <> 'ENTERPRISE' or (credit_code is not null and legal_representative is not null)),
    -- staff normally belong to a department; the bootstrap administrators of an empty platform do not yet
    check (kind not in ('STAFF', 'LEADER') or username is not null)
);
create index account_department on identity.account (department_id) where department_id is not null;

create table identity.permission (
    code    text primary key,
    name_zh text not null,
    name_en text not null
);

-- admin_duty marks the three separated administrator roles of 等保 level 3; an account holds at most one.
create table identity.role (
    code       text primary key,
    name_zh    text not null,
    name_en    text not null,
    admin_duty text check (admin_duty in ('SYSTEM', 'SECURITY', 'AUDIT')),
    for_kinds  text not null
);

create table identity.role_permission (
    role_code       text not null references identity.role (code),
    permission_code text not null references identity.permission (code),
    primary key (role_code, permission_code)
);

create table identity.account_role (
    account_id bigint not null references identity.account (id),
    role_code  text not null references identity.role (code),
    granted_by text not null,
    granted_at timestamptz not null default now(),
    primary key (account_id, role_code)
);

insert into identity.permission (code, name_zh, name_en) values
    ('self:manage',         '管理本人账号',           'Manage one''s own account'),
    ('workbench:use',       '使用工作台',             'Use the staff workbench'),
    ('staff:directory',     '查看本部门（及下级）人员', 'See staff within one''s data scope'),
    ('cockpit:view',        '查看绩效驾驶舱',          'View the performance cockpit'),
    ('account:manage',      '创建、停用工作人员账号',    'Create and disable staff accounts'),
    ('organization:manage', '维护组织机构',           'Maintain the organization'),
    ('calendar:manage',     '维护工作日历',           'Maintain the working-day calendar'),
    ('role:assign',         '分配角色与数据范围',       'Assign roles and data scopes'),
    ('account:unlock',      '解锁账号、重置第二因子',    'Unlock accounts, reset second factors'),
    ('audit:read',          '查阅与核验安全审计记录',    'Read and verify the audit trail');

insert into identity.role (code, name_zh, name_en, admin_duty, for_kinds) values
    ('CITIZEN',        '个人用户',   'Citizen',                null,       'CITIZEN'),
    ('ENTERPRISE',     '法人用户',   'Enterprise',             null,       'ENTERPRISE'),
    ('STAFF',          '工作人员',   'Civil servant',          null,       'STAFF,LEADER'),
    ('LEADER',         '领导',      'Leader',                 null,       'LEADER'),
    ('SYSTEM_ADMIN',   '系统管理员', 'System administrator',   'SYSTEM',   'STAFF'),
    ('SECURITY_ADMIN', '安全管理员', 'Security administrator', 'SECURITY', 'STAFF'),
    ('AUDIT_ADMIN',    '审计管理员', 'Audit administrator',    'AUDIT',    'STAFF');

insert into identity.role_permission (role_code, permission_code) values
    ('CITIZEN', 'self:manage'),
    ('ENTERPRISE', 'self:manage'),
    ('STAFF', 'self:manage'), ('STAFF', 'workbench:use'), ('STAFF', 'staff:directory'),
    ('LEADER', 'cockpit:view'),
    ('SYSTEM_ADMIN', 'account:manage'), ('SYSTEM_ADMIN', 'organization:manage'), ('SYSTEM_ADMIN', 'calendar:manage'),
    ('SECURITY_ADMIN', 'role:assign'), ('SECURITY_ADMIN', 'account:unlock'),
    ('AUDIT_ADMIN', 'audit:read');

-- Separation of duties holds even against a direct insert: no account may hold two administrator duties.
create function identity.refuse_combined_duties() returns trigger language plpgsql as $$
begin
    if (select count(distinct r.admin_duty)
          from identity.account_role ar join identity.role r on r.code = ar.role_code
         where ar.account_id = new.account_id and r.admin_duty is not null) > 1 then
        raise exception 'an account may hold only one of the system, security and audit administrator roles';
    end if;
    return new;
end;
$$;

create constraint trigger account_role_separate_duties
    after insert or update on identity.account_role
    deferrable initially deferred
    for each row execute function identity.refuse_combined_duties();
