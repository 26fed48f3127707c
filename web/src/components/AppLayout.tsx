import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Divider,
  Group,
  Menu,
  NavLink,
  Progress,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAddressBook,
  IconBuildingStore,
  IconChartFunnel,
  IconChecklist,
  IconChevronDown,
  IconLifebuoy,
  IconListCheck,
  IconLogout,
  IconMail,
  IconSettings,
} from '@tabler/icons-react';
import { type ReactNode, useEffect } from 'react';
import {
  Link,
  Outlet,
  NavLink as RouterNavLink,
  useLocation,
  useNavigate,
  useNavigation,
} from 'react-router';
import { initials } from '../lib/format.ts';
import { notifyError } from '../lib/notify.ts';
import { can, ROLE_LABEL } from '../lib/permissions.ts';
import { useLogout, useSession } from '../lib/queries/session.ts';
import { Logo, LogoMark } from './Logo.tsx';

type NavItem = { to: string; label: string; icon: ReactNode; show: boolean };

export function AppLayout() {
  const me = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  // A page's code loads on first visit: show that something is happening.
  const navigating = useNavigation().state === 'loading';

  // On phones the navbar is a drawer: close it once a link was followed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => close(), [location.pathname]);

  const items: NavItem[] = [
    { to: '/my-work', label: 'My work', icon: <IconListCheck size={18} stroke={1.6} />, show: true },
    { to: '/accounts', label: 'Accounts', icon: <IconBuildingStore size={18} stroke={1.6} />, show: true },
    { to: '/contacts', label: 'Contacts', icon: <IconAddressBook size={18} stroke={1.6} />, show: true },
    { to: '/promises', label: 'Promises', icon: <IconChecklist size={18} stroke={1.6} />, show: true },
    { to: '/resources', label: 'Resources', icon: <IconLifebuoy size={18} stroke={1.6} />, show: true },
    { to: '/reports/funnel', label: 'Funnel', icon: <IconChartFunnel size={18} stroke={1.6} />, show: true },
    {
      to: '/mail',
      label: 'Mail outbox',
      icon: <IconMail size={18} stroke={1.6} />,
      show: can(me.role, 'mail:read'),
    },
    { to: '/settings', label: 'Settings', icon: <IconSettings size={18} stroke={1.6} />, show: true },
  ];

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        {navigating ? (
          <Progress
            value={100}
            animated
            size={3}
            radius={0}
            pos="absolute"
            top={0}
            left={0}
            right={0}
            aria-label="Loading page"
          />
        ) : null}
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Link
              to="/accounts"
              aria-label="Trust Circle home"
              style={{ color: 'inherit', textDecoration: 'none' }}
            >
              <Box visibleFrom="xs">
                <Logo />
              </Box>
              <Box hiddenFrom="xs">
                <LogoMark />
              </Box>
            </Link>
            <Divider orientation="vertical" my={18} />
            <Text fw={600} size="sm" truncate="end" style={{ minWidth: 0 }} data-testid="workspace-name">
              {me.workspace.name}
            </Text>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" pt="md" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {items
              .filter((i) => i.show)
              .map((item) => (
                <NavLink
                  key={item.to}
                  component={RouterNavLink}
                  to={item.to}
                  label={item.label}
                  leftSection={item.icon}
                  active={location.pathname.startsWith(item.to)}
                  variant="light"
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  fw={500}
                />
              ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section px="xs" pt="sm">
          <Text size="xs" c="dimmed">
            Signed in as {ROLE_LABEL[me.role].toLowerCase()}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <div style={{ maxWidth: 1280, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

function UserMenu() {
  const me = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => navigate('/login', { replace: true }),
      onError: (e) => notifyError(e, 'Could not sign out'),
    });
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${me.user.name}`} style={{ borderRadius: 8 }} p={4}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="brand" radius="xl" size={32}>
              {initials(me.user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" truncate="end" maw={180}>
              {me.user.name}
            </Text>
            <IconChevronDown size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {me.user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconSettings size={16} />} component={RouterNavLink} to="/settings">
          Settings
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut} color="red">
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
