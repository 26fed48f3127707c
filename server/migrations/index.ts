import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_accounts_contacts.ts';
import * as m0003 from './0003_fast_search.ts';
import * as m0004 from './0004_usage.ts';
import * as m0005 from './0005_resources.ts';
import * as m0006 from './0006_lifecycle.ts';
import * as m0007 from './0007_promises_tasks.ts';
import * as m0008 from './0008_checkins_needs.ts';
import * as m0009 from './0009_rules_calendar.ts';
import * as m0010 from './0010_plans.ts';
import * as m0011 from './0011_share_links.ts';
import * as m0012 from './0012_plan_templates.ts';
import * as m0013 from './0013_usage_rollup_marks.ts';
import * as m0014 from './0014_usage_seq_index.ts';
import * as m0015 from './0015_usage_links_follow_deletes.ts';
import * as m0016 from './0016_usage_alias_index.ts';
import * as m0017 from './0017_login_counters.ts';
import * as m0018 from './0018_renewals.ts';

/** Every migration, in order. Names are permanent: never rename or edit one that shipped. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_accounts_contacts': m0002,
  '0003_fast_search': m0003,
  '0004_usage': m0004,
  '0005_resources': m0005,
  '0006_lifecycle': m0006,
  '0007_promises_tasks': m0007,
  '0008_checkins_needs': m0008,
  '0009_rules_calendar': m0009,
  '0010_plans': m0010,
  '0011_share_links': m0011,
  '0012_plan_templates': m0012,
  '0013_usage_rollup_marks': m0013,
  '0014_usage_seq_index': m0014,
  '0015_usage_links_follow_deletes': m0015,
  '0016_usage_alias_index': m0016,
  '0017_login_counters': m0017,
  '0018_renewals': m0018,
};
