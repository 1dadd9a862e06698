create schema if not exists registry;

-- Natural resources and geospatial register (自然资源和空间地理库). The embedded PostgreSQL has no PostGIS, so
-- a boundary is kept as its GeoJSON text beside its bounding box; queries prefilter on the indexed box in SQL
-- and the application decides the exact geometry with JTS.
create table registry.land_use (
    code    char(2) primary key,
    name_zh text not null,
    name_en text not null
);

-- GB/T 21010-2017 first-level classes.
insert into registry.land_use (code, name_zh, name_en) values
    ('01', '耕地', 'Cultivated land'),
    ('02', '园地', 'Garden land'),
    ('03', '林地', 'Forest land'),
    ('04', '草地', 'Grassland'),
    ('05', '商服用地', 'Commercial and service land'),
    ('06', '工矿仓储用地', 'Industrial, mining and storage land'),
    ('07', '住宅用地', 'Residential land'),
    ('08', '公共管理与公共服务用地', 'Public administration and public service land'),
    ('09', '特殊用地', 'Special-purpose land'),
    ('10', '交通运输用地', 'Transport land'),
    ('11', '水域及水利设施用地', 'Water and water-conservancy land'),
    ('12', '其他土地', 'Other land');

create table registry.parcel (
    id            bigserial primary key,
    code          text not null unique,
    holder_kind   text not null check (holder_kind in ('PERSON', 'LEGAL_ENTITY')),
    holder_id     bigint not null,
    land_use      char(2) not null references registry.land_use (code),
    area          numeric(14, 2) not null check (area > 0),
    division_code char(6) not null,
    boundary      text not null,
    min_lon       double precision not null,
    min_lat       double precision not null,
    max_lon       double precision not null,
    max_lat       double precision not null,
    updated_at    timestamptz not null default now(),
    check (min_lon <= max_lon and min_lat <= max_lat)
);
create index parcel_bbox on registry.parcel (min_lon, max_lon, min_lat, max_lat);
create index parcel_holder on registry.parcel (holder_kind, holder_id);
create index parcel_division on registry.parcel (division_code);

-- Macro-economic register (宏观经济库): indicators and their values per division and period.
create table registry.indicator (
    code      text primary key,
    name_zh   text not null,
    name_en   text not null,
    unit_zh   text not null,
    unit_en   text not null,
    frequency text not null check (frequency in ('ANNUAL', 'QUARTERLY', 'MONTHLY'))
);

insert into registry.indicator (code, name_zh, name_en, unit_zh, unit_en, frequency) values
    ('gdp',                 '地区生产总值',           'Gross domestic product',                 '亿元', '100 million yuan', 'ANNUAL'),
    ('resident-population', '常住人口',              'Resident population',                    '万人', '10 thousand people', 'ANNUAL'),
    ('budget-revenue',      '一般公共预算收入',        'General public budget revenue',          '亿元', '100 million yuan', 'ANNUAL'),
    ('disposable-income',   '居民人均可支配收入',      'Per-capita disposable income',           '元',   'yuan', 'ANNUAL'),
    ('retail-sales',        '社会消费品零售总额',      'Total retail sales of consumer goods',   '亿元', '100 million yuan', 'QUARTERLY'),
    ('cpi',                 '居民消费价格指数（上年同月=100）', 'Consumer price index (same month last year = 100)', '指数', 'index', 'MONTHLY');

-- period is 2025, 2025Q3 or 2025-07 as the indicator's frequency says; period_start orders and filters them.
create table registry.indicator_value (
    indicator_code    text not null references registry.indicator (code),
    division_code     char(6) not null,
    period            text not null,
    period_start      date not null,
    value             numeric(20, 4) not null,
    source_department text not null,
    updated_at        timestamptz not null default now(),
    primary key (indicator_code, division_code, period)
);
create index indicator_value_series on registry.indicator_value (indicator_code, division_code, period_start);
