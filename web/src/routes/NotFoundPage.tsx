import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Empty } from '../components/States.tsx';

export function NotFoundPage() {
  return (
    <Empty
      icon={<IconMapOff size={28} />}
      title="Page not found"
      description="The address may be mistyped, or the page has moved."
      action={
        <Button component={Link} to="/accounts" variant="default">
          Go to accounts
        </Button>
      }
    />
  );
}
