-- The geospatial and macro-economic registers: staff read parcels; the register keepers (REGISTRY_KEEPER, V131_1,
-- granted by the security administrator to the staff who supply the data) maintain and bulk-import them; the system
-- administrator generates synthetic data.
insert into identity.permission (code, name_zh, name_en) values
    ('registry:parcel:read',      '查询自然资源和空间地理库',  'Read the natural resources and geospatial register'),
    ('registry:parcel:manage',    '维护自然资源和空间地理库',  'Maintain the natural resources and geospatial register'),
    ('registry:indicator:manage', '维护宏观经济库指标数据',    'Maintain the macro-economic register''s values'),
    ('registry:import',           '批量导入基础信息库数据',    'Bulk-import base-register data'),
    ('registry:generate',         '生成合成的基础信息库数据',  'Generate synthetic base-register data');

insert into identity.role_permission (role_code, permission_code) values
    ('STAFF', 'registry:parcel:read'),
    ('LEADER', 'registry:parcel:read'),
    ('REGISTRY_KEEPER', 'registry:parcel:read'),
    ('REGISTRY_KEEPER', 'registry:parcel:manage'),
    ('REGISTRY_KEEPER', 'registry:indicator:manage'),
    ('REGISTRY_KEEPER', 'registry:import'),
    ('SYSTEM_ADMIN', 'registry:generate');
