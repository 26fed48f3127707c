import { Button, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../lib/api.ts';
import { BlockSkeleton, Empty, LoadError } from './States.tsx';

type Props = {
  query: Pick<UseQueryResult<unknown>, 'isPending' | 'isError' | 'error' | 'refetch'>;
  icon: ReactNode;
  /** "account", "plan": used in "Account not found" and "Could not load the account". */
  noun: string;
  notFound?: string;
  back: { to: string; label: string };
  lines?: number;
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What a page about one record shows until it has the record: a skeleton while loading, "not
 * found" for an unknown or malformed id (404 or 400), and otherwise the error with a retry.
 */
export function RecordState({ query, icon, noun, notFound, back, lines = 6 }: Props) {
  if (query.isPending) {
    return (
      <Stack gap="xl" aria-busy="true">
        <BlockSkeleton lines={3} />
        <BlockSkeleton lines={lines} />
      </Stack>
    );
  }
  const error = query.error;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return (
      <Empty
        icon={icon}
        title={`${capital(noun)} not found`}
        description={notFound ?? 'It may have been deleted, or the link is wrong.'}
        action={
          <Button component={Link} to={back.to} variant="default">
            {back.label}
          </Button>
        }
      />
    );
  }
  return (
    <LoadError error={error} onRetry={() => void query.refetch()} title={`Could not load the ${noun}`} />
  );
}
