import { Badge, Stack, Tabs } from '@mantine/core';
import {
  IconBuildingStore,
  IconCalendarEvent,
  IconChartAreaLine,
  IconChecklist,
  IconHeartHandshake,
  IconInfoCircle,
  IconLifebuoy,
  IconListCheck,
  IconMap2,
  IconTimeline,
  IconUsers,
} from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { RecordState } from '../components/RecordState.tsx';
import { BlockSkeleton } from '../components/States.tsx';
import { AccountHeader } from '../features/accounts/AccountHeader.tsx';
import { AccountOverview } from '../features/accounts/AccountOverview.tsx';
import { AccountCheckins } from '../features/checkins/AccountCheckins.tsx';
import { AccountContacts } from '../features/contacts/AccountContacts.tsx';
import { StageHistoryCard } from '../features/lifecycle/StageHistoryCard.tsx';
import { AccountPlans } from '../features/plans/AccountPlans.tsx';
import { AccountPromises } from '../features/promises/AccountPromises.tsx';
import { AccountRapport } from '../features/rapport/AccountRapport.tsx';
import { AccountResources } from '../features/resources/AccountResources.tsx';
import { AccountTasks } from '../features/tasks/AccountTasks.tsx';
import { AccountTimeline } from '../features/timeline/AccountTimeline.tsx';
import { can } from '../lib/permissions.ts';
import { useAccount } from '../lib/queries/accounts.ts';
import { useSession } from '../lib/queries/session.ts';

// The charts library is large; it loads when someone opens the Usage tab.
const AccountUsage = lazy(() =>
  import('../features/usage/AccountUsage.tsx').then((m) => ({ default: m.AccountUsage })),
);

const TABS = [
  'overview',
  'promises',
  'plans',
  'checkins',
  'tasks',
  'contacts',
  'usage',
  'resources',
  'rapport',
  'timeline',
] as const;
type Tab = (typeof TABS)[number];

export function AccountPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const account = useAccount(id);
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(raw ?? '') ? (raw as Tab) : 'overview';
  const setTab = (t: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (!t || t === 'overview') n.delete('tab');
        else n.set('tab', t);
        // The usage period belongs to the Usage tab only.
        if (t !== 'usage') n.delete('days');
        return n;
      },
      { replace: true },
    );

  if (account.isPending || account.isError) {
    return (
      <RecordState
        query={account}
        icon={<IconBuildingStore size={28} />}
        noun="account"
        back={{ to: '/accounts', label: 'Back to accounts' }}
        lines={6}
      />
    );
  }

  const a = account.data;
  const canWrite = can(me.role, 'data:write');
  return (
    <>
      <AccountHeader account={a} />
      <Tabs value={tab} onChange={setTab} keepMounted={false} className="tc-page-tabs">
        <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} />}>
            Overview
          </Tabs.Tab>
          <Tabs.Tab value="promises" leftSection={<IconChecklist size={16} />}>
            Promises
          </Tabs.Tab>
          <Tabs.Tab value="plans" leftSection={<IconMap2 size={16} />}>
            Plans
          </Tabs.Tab>
          <Tabs.Tab value="checkins" leftSection={<IconCalendarEvent size={16} />}>
            Check-ins
          </Tabs.Tab>
          <Tabs.Tab value="tasks" leftSection={<IconListCheck size={16} />}>
            Tasks
          </Tabs.Tab>
          <Tabs.Tab
            value="contacts"
            leftSection={<IconUsers size={16} />}
            rightSection={
              a.contactsCount > 0 ? (
                <Badge size="xs" variant="light" color="gray" circle={a.contactsCount < 10}>
                  {a.contactsCount}
                </Badge>
              ) : null
            }
          >
            Contacts
          </Tabs.Tab>
          <Tabs.Tab value="usage" leftSection={<IconChartAreaLine size={16} />}>
            Usage
          </Tabs.Tab>
          <Tabs.Tab value="resources" leftSection={<IconLifebuoy size={16} />}>
            Resources
          </Tabs.Tab>
          <Tabs.Tab value="rapport" leftSection={<IconHeartHandshake size={16} />}>
            Rapport
          </Tabs.Tab>
          <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} />}>
            Timeline
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Stack gap="lg">
            <StageHistoryCard accountId={a.id} />
            <AccountOverview account={a} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="promises">
          <AccountPromises accountId={a.id} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="plans">
          <AccountPlans accountId={a.id} canWrite={can(me.role, 'work:write')} />
        </Tabs.Panel>
        <Tabs.Panel value="checkins">
          <AccountCheckins accountId={a.id} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks">
          <AccountTasks accountId={a.id} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <AccountContacts accountId={a.id} />
        </Tabs.Panel>
        <Tabs.Panel value="usage">
          <Suspense fallback={<BlockSkeleton lines={6} />}>
            <AccountUsage account={a} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="resources">
          <AccountResources account={a} canWrite={can(me.role, 'resources:write')} />
        </Tabs.Panel>
        <Tabs.Panel value="rapport">
          <AccountRapport accountId={a.id} canWrite={canWrite} onGoToContacts={() => setTab('contacts')} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <AccountTimeline accountId={a.id} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
