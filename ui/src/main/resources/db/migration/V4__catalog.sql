-- The catalog (reference data) the planners keep: the office, its fiscal years, the policy items
-- of every level per year, the office's strategies and indicators per year, its groups, districts
-- and schools. An item a submission uses is never deleted, only retired (kept for the old reports,
-- no longer offered). The action plan's projects stay in monitoring_project and gain a budget.
-- Runs unchanged on H2 2.x and PostgreSQL 15+.

create table catalog_office (
  code varchar(50) primary key,
  name_th varchar(500) not null,
  name_en varchar(500) not null,
  short_name_th varchar(200) not null,
  short_name_en varchar(200) not null,
  province varchar(200) not null,
  demo boolean not null
);

create table catalog_fiscal_year (
  fiscal_year integer primary key,
  constraint catalog_fiscal_year_be check (fiscal_year > 2400)
);

create table catalog_group (
  code varchar(50) primary key,
  name_th varchar(500) not null,
  name_en varchar(500) not null,
  position integer not null,
  retired boolean not null default false
);

create table catalog_district (
  name varchar(200) primary key,
  position integer not null
);

create table catalog_school (
  code varchar(50) primary key,
  name varchar(500) not null,
  district varchar(200) not null,
  school_size varchar(20),
  students integer,
  position integer not null,
  retired boolean not null default false
);

create table catalog_policy (
  code varchar(50) primary key,
  fiscal_year integer not null,
  kind varchar(30) not null,
  number integer not null,
  title_th varchar(2000) not null,
  title_en varchar(2000) not null,
  position integer not null,
  retired boolean not null default false
);

create table catalog_strategy (
  code varchar(50) primary key,
  fiscal_year integer not null,
  number integer not null,
  title_th varchar(2000) not null,
  title_en varchar(2000) not null,
  position integer not null,
  retired boolean not null default false
);

create table catalog_indicator (
  code varchar(50) primary key,
  fiscal_year integer not null,
  strategy_code varchar(50) not null,
  title_th varchar(2000) not null,
  title_en varchar(2000) not null,
  unit varchar(100) not null,
  target numeric(15,2),
  target_note varchar(500),
  direction varchar(30) not null,
  owner_group varchar(50) not null,
  position integer not null,
  retired boolean not null default false
);

create index catalog_policy_year on catalog_policy (fiscal_year, position);
create index catalog_strategy_year on catalog_strategy (fiscal_year, position);
create index catalog_indicator_year on catalog_indicator (fiscal_year, position);

alter table monitoring_project add budget numeric(15,2);
-- a retired project is no longer expected to report (kept for the reports that name it)
alter table monitoring_project add retired boolean default false not null;
