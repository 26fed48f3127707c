import { Stack, Tabs } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarEvent,
  IconChartBar,
  IconHistory,
  IconKey,
  IconRoute,
  IconTemplate,
  IconUsers,
} from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader.tsx';
import { CadenceSettings } from '../features/checkins/CadenceSettings.tsx';
import { LifecycleRulesSettings } from '../features/lifecycle/LifecycleRulesSettings.tsx';
import { PlanTemplatesSettings } from '../features/planTemplates/PlanTemplatesSettings.tsx';
import { ApiKeysSettings } from '../features/settings/ApiKeysSettings.tsx';
import { AuditLog } from '../features/settings/AuditLog.tsx';
import { MembersSettings } from '../features/settings/MembersSettings.tsx';
import { ProductDataSettings } from '../features/settings/ProductDataSettings.tsx';
import { WorkspaceLogo } from '../features/settings/WorkspaceLogo.tsx';
import { WorkspaceSettings } from '../features/settings/WorkspaceSettings.tsx';
import { can } from '../lib/permissions.ts';
import { useSession } from '../lib/queries/session.ts';

export function SettingsPage() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const tabs = [
    { value: 'workspace', label: 'Workspace', icon: <IconBuilding size={16} />, show: true },
    { value: 'members', label: 'Members', icon: <IconUsers size={16} />, show: true },
    {
      value: 'api-keys',
      label: 'API keys',
      icon: <IconKey size={16} />,
      show: can(me.role, 'apikeys:manage'),
    },
    { value: 'lifecycle', label: 'Lifecycle rules', icon: <IconRoute size={16} />, show: true },
    { value: 'plan-templates', label: 'Plan templates', icon: <IconTemplate size={16} />, show: true },
    { value: 'checkins', label: 'Check-ins', icon: <IconCalendarEvent size={16} />, show: true },
    { value: 'product-data', label: 'Product data', icon: <IconChartBar size={16} />, show: true },
    { value: 'audit', label: 'Audit log', icon: <IconHistory size={16} />, show: can(me.role, 'audit:read') },
  ].filter((t) => t.show);
  const requested = params.get('tab');
  const tab = tabs.some((t) => t.value === requested) ? (requested as string) : 'workspace';

  return (
    <>
      <PageHeader
        title="Settings"
        description={`${me.workspace.name} · your role: ${me.role === 'csm' ? 'CSM' : me.role}`}
      />
      <Tabs
        value={tab}
        onChange={(t) => setParams(t && t !== 'workspace' ? { tab: t } : {}, { replace: true })}
        keepMounted={false}
        className="tc-page-tabs"
      >
        <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} leftSection={t.icon}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="workspace">
          <Stack gap="lg">
            <WorkspaceSettings />
            <WorkspaceLogo />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersSettings />
        </Tabs.Panel>
        <Tabs.Panel value="api-keys">
          <ApiKeysSettings />
        </Tabs.Panel>
        <Tabs.Panel value="lifecycle">
          <LifecycleRulesSettings />
        </Tabs.Panel>
        <Tabs.Panel value="plan-templates">
          <PlanTemplatesSettings />
        </Tabs.Panel>
        <Tabs.Panel value="checkins">
          <CadenceSettings />
        </Tabs.Panel>
        <Tabs.Panel value="product-data">
          <ProductDataSettings />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditLog />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
