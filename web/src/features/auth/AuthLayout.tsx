import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Logo } from '../../components/Logo.tsx';

type Props = { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode; width?: number };

/** The frame of the pages before sign-in: the brand, a card, and a line below it. */
export function AuthLayout({ title, subtitle, children, footer, width = 420 }: Props) {
  return (
    <Box
      mih="100dvh"
      style={{
        background:
          'radial-gradient(1200px 600px at 10% -10%, var(--mantine-color-brand-1), transparent 60%), var(--mantine-color-gray-0)',
      }}
    >
      <Center mih="100dvh" p="md">
        <Stack w="100%" maw={width} gap="lg" py="xl">
          <Center>
            <Logo size={34} />
          </Center>
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} component="main">
            <Stack gap={4} mb="lg">
              <Title order={1} fz={22}>
                {title}
              </Title>
              {subtitle ? (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Paper>
          {footer ? (
            <Text ta="center" size="sm" c="dimmed">
              {footer}
            </Text>
          ) : null}
        </Stack>
      </Center>
    </Box>
  );
}
