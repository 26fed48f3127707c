import { Tabs } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { RecordState } from '../components/RecordState.tsx';
import { BlockSkeleton } from '../components/States.tsx';
import { AccountHeader } from '../features/accounts/AccountHeader.tsx';
import { AccountOverview } from '../features/accounts/AccountOverview.tsx';
import { AccountTabs } from '../features/accounts/AccountTabs.tsx';
import { type AccountTab, isAccountTab } from '../features/accounts/tabs.ts';
import { AccountCheckins } from '../features/checkins/AccountCheckins.tsx';
import { AccountContacts } from '../features/contacts/AccountContacts.tsx';
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

export function AccountPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const account = useAccount(id);
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: AccountTab = isAccountTab(raw) ? raw : 'overview';
  const setTab = (t: AccountTab) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (t === 'overview') n.delete('tab');
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
      <AccountTabs tab={tab} onChange={setTab} contactsCount={a.contactsCount}>
        <Tabs.Panel value="overview">
          <AccountOverview account={a} />
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
      </AccountTabs>
    </>
  );
}
