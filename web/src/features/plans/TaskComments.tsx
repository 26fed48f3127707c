import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LoadError } from '../../components/States.tsx';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { useAddPlanComment, usePlanComments } from '../../lib/queries/plans.ts';
import { useSession } from '../../lib/queries/session.ts';

/** A task's conversation, oldest first: our team's comments and the customer's (from the shared plan). */
export function TaskComments({
  planId,
  taskId,
  canWrite,
}: {
  planId: string;
  taskId: string;
  canWrite: boolean;
}) {
  const me = useSession();
  const comments = usePlanComments(planId, taskId, true);
  const add = useAddPlanComment(planId, taskId);
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (v) => (v.trim() ? null : 'Write something first') },
  });
  const submit = form.onSubmit((v) =>
    add.mutate(
      { body: v.body.trim() },
      { onSuccess: () => form.reset(), onError: (e) => showFormError(form, e, 'Could not add the comment') },
    ),
  );
  if (comments.isError) return <LoadError error={comments.error} onRetry={() => void comments.refetch()} />;
  const list = comments.data?.data ?? [];
  return (
    <Stack gap="xs" data-testid="task-comments">
      {comments.isPending ? (
        <Text size="sm" c="dimmed">
          Loading comments…
        </Text>
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          No comments yet.
        </Text>
      ) : (
        list.map((c) => {
          const customer = c.by.type === 'contact';
          return (
            <Stack key={c.id} gap={2} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
              <Group gap={6}>
                <Text size="xs" fw={600}>
                  {c.by.name ?? (customer ? 'Customer' : 'Someone')}
                </Text>
                {customer ? (
                  <Badge size="xs" variant="light" color="grape">
                    Customer
                  </Badge>
                ) : null}
                <Text size="xs" c="dimmed" title={formatDateTime(c.createdAt, me.workspace.timezone)}>
                  {fromNow(c.createdAt)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.body}
              </Text>
            </Stack>
          );
        })
      )}
      {canWrite ? (
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <Textarea
              aria-label="New comment"
              placeholder="Add a comment…"
              autosize
              minRows={1}
              maxLength={4000}
              style={{ flex: 1 }}
              {...form.getInputProps('body')}
            />
            <Button type="submit" variant="light" loading={add.isPending}>
              Comment
            </Button>
          </Group>
        </form>
      ) : null}
    </Stack>
  );
}
