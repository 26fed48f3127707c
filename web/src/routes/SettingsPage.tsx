import { Box, Button, Group, Paper, Stack } from '@mantine/core';
import { IconLock, IconMapOff } from '@tabler/icons-react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { BaseUrlNotice } from '../components/BaseUrlNotice.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty } from '../components/States.tsx';
import { CadenceSettings } from '../features/checkins/CadenceSettings.tsx';
import { LifecycleRulesSettings } from '../features/lifecycle/LifecycleRulesSettings.tsx';
import { PlanTemplatesSettings } from '../features/planTemplates/PlanTemplatesSettings.tsx';
import { ApiKeysSettings } from '../features/settings/ApiKeysSettings.tsx';
import { AuditLog } from '../features/settings/AuditLog.tsx';
import { FeaturesSettings } from '../features/settings/FeaturesSettings.tsx';
import { MembersSettings } from '../features/settings/MembersSettings.tsx';
import { SectionPicker, SettingsNav } from '../features/settings/SettingsNav.tsx';
import { SourcesSection } from '../features/settings/SourcesSection.tsx';
import {
  lookUpSection,
  type SettingsSection,
  settingsLanding,
  settingsPath,
  visibleSections,
} from '../features/settings/sections.ts';
import { WorkspaceLogo } from '../features/settings/WorkspaceLogo.tsx';
import { WorkspaceSettings } from '../features/settings/WorkspaceSettings.tsx';
import { useSession } from '../lib/queries/session.ts';

/** Settings: the section list, and the section the address names (/settings/<section>[/<item>]). */
export function SettingsPage() {
  const me = useSession();
  const rest = (useParams()['*'] ?? '').replace(/\/+$/, '');
  const [params] = useSearchParams();
  if (!rest) return <Navigate to={settingsLanding(params.get('tab'))} replace />;
  const found = lookUpSection(rest, me.role);
  const sections = visibleSections(me.role);
  const current = found.kind === 'not-found' ? '' : found.section.slug;

  return (
    <>
      <PageHeader
        title="Settings"
        description={`${me.workspace.name} · your role: ${me.role === 'csm' ? 'CSM' : me.role}`}
      />
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <SettingsNav sections={sections} current={current} />
        <Box style={{ flex: 1, minWidth: 0 }} data-testid="settings-section">
          <SectionPicker sections={sections} current={current} />
          {found.kind === 'section' ? (
            <SectionBody section={found.section} item={found.item} />
          ) : (
            <Paper withBorder>
              <Empty
                icon={found.kind === 'forbidden' ? <IconLock size={28} /> : <IconMapOff size={28} />}
                title={
                  found.kind === 'forbidden'
                    ? `${found.section.label}: not for your role`
                    : 'No such settings section'
                }
                description={
                  found.kind === 'forbidden'
                    ? `${found.who} Ask an admin if you need something changed here.`
                    : 'The address may be mistyped, or the section has moved. Pick one from the list.'
                }
                action={
                  <Button
                    component={Link}
                    to={settingsPath(sections[0]?.slug ?? 'workspace')}
                    variant="default"
                  >
                    Go to {sections[0]?.label ?? 'Workspace'} settings
                  </Button>
                }
              />
            </Paper>
          )}
        </Box>
      </Group>
    </>
  );
}

function SectionBody({ section, item }: { section: SettingsSection; item: string | undefined }) {
  switch (section.slug) {
    case 'workspace':
      return (
        <Stack gap="lg">
          <BaseUrlNotice />
          <WorkspaceSettings />
          <WorkspaceLogo />
        </Stack>
      );
    case 'members':
      return <MembersSettings />;
    case 'api-keys':
      return <ApiKeysSettings />;
    case 'lifecycle-rules':
      return <LifecycleRulesSettings item={item} />;
    case 'plan-templates':
      return <PlanTemplatesSettings item={item} />;
    case 'check-ins':
      return <CadenceSettings />;
    case 'sources':
      return <SourcesSection />;
    case 'features':
      return <FeaturesSettings />;
    case 'audit-log':
      return <AuditLog />;
  }
}
