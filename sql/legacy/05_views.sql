-- The CRM dashboard's materialised view: lead counts per project, stage and platform.
create materialized view lead_analytics_mv as
select
  l.project_id,
  p.name as project_name,
  l.stage,
  l.platform,
  count(*) as lead_count,
  count(*) filter (where l.is_sold) as sold_count,
  sum(l.cpl_price) as total_cpl,
  max(l.created_at) as last_lead_at
from leads l
left join projects p on p.id = l.project_id
group by l.project_id, p.name, l.stage, l.platform;

create unique index lead_analytics_mv_key on lead_analytics_mv (project_id, stage, platform);
