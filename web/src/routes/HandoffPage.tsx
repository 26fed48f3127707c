import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconPlus, IconTrash } from '@tabler/icons-react';
import type { PromiseKind } from '@trustcircle/contracts';
import { Link, useNavigate, useParams } from 'react-router';
import { ChoiceSelect } from '../components/ChoiceSelect.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { BlockSkeleton, LoadError } from '../components/States.tsx';
import { OwnerSelect } from '../features/accounts/OwnerSelect.tsx';
import { PROMISE_KIND_OPTIONS } from '../features/promises/meta.ts';
import { showFormError } from '../lib/formErrors.ts';
import { notifySuccess } from '../lib/notify.ts';
import { useAccount } from '../lib/queries/accounts.ts';
import { useHandOff } from '../lib/queries/promises.ts';
import { useSession } from '../lib/queries/session.ts';

type Draft = { title: string; kind: PromiseKind; dueOn: string | null; ownerId: string | null };
type Values = { summary: string; ownerId: string | null; criteria: string; promises: Draft[] };

const emptyDraft = (ownerId: string | null): Draft => ({ title: '', kind: 'feature', dueOn: null, ownerId });

/**
 * The sales-to-success hand-off: sales writes down what was sold and every promise made to
 * win the deal; the account becomes a customer in onboarding with those promises on its ledger.
 */
export function HandoffPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const navigate = useNavigate();
  const account = useAccount(id);
  const handOff = useHandOff(id);
  const form = useForm<Values>({
    initialValues: { summary: '', ownerId: null, criteria: '', promises: [emptyDraft(me.user.id)] },
    validate: {
      summary: (v) => (v.trim() ? null : 'What was sold, and what do they expect?'),
      promises: {
        title: (v, values, path) => {
          const i = Number(path.split('.')[1]);
          const row = values.promises[i];
          return !v.trim() && row?.dueOn ? 'Say what was promised' : null;
        },
        dueOn: (v, values, path) => {
          const i = Number(path.split('.')[1]);
          return values.promises[i]?.title.trim() && !v ? 'When is it due?' : null;
        },
      },
    },
  });
  if (account.isPending) return <BlockSkeleton lines={8} />;
  if (account.isError) return <LoadError error={account.error} onRetry={() => void account.refetch()} />;
  const a = account.data;
  const becomesCustomer = ['stranger', 'prospect', 'churned'].includes(a.stage);

  const submit = form.onSubmit((v) =>
    handOff.mutate(
      {
        summary: v.summary.trim(),
        ...(v.ownerId ? { ownerId: v.ownerId } : {}),
        successCriteria: v.criteria
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        promises: v.promises
          .filter((p) => p.title.trim())
          .map((p) => ({ title: p.title.trim(), kind: p.kind, dueOn: p.dueOn ?? '', ownerId: p.ownerId })),
      },
      {
        onSuccess: (r) => {
          notifySuccess(
            `${r.promises.length} promise${r.promises.length === 1 ? '' : 's'} on the ledger${r.movedToCustomer ? '; now a customer in onboarding' : ''}`,
            `${a.name} handed over`,
          );
          navigate(`/accounts/${id}?tab=promises`);
        },
        onError: (e) => {
          showFormError(form, e, 'Could not record the hand-off');
        },
      },
    ),
  );

  return (
    <>
      <PageHeader
        above={
          <Anchor component={Link} to={`/accounts/${id}`} size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} /> {a.name}
            </Group>
          </Anchor>
        }
        title={`Hand over ${a.name}`}
        description={
          becomesCustomer
            ? 'From sales to customer success: the account becomes a customer in onboarding, with every promise made before the sale on its ledger.'
            : 'Record what was sold and the promises made to win it. The account is already a customer, so its stage stays as it is.'
        }
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={880}>
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              <Textarea
                label="What was sold, and why they bought"
                placeholder="200 seats for the support team, to replace spreadsheets before peak season…"
                required
                autosize
                minRows={3}
                maxLength={4000}
                data-autofocus
                {...form.getInputProps('summary')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <OwnerSelect
                  label="Customer success manager"
                  description={a.owner ? `Now: ${a.owner.name}` : 'Nobody owns it yet'}
                  placeholder="Keep as it is"
                  {...form.getInputProps('ownerId')}
                />
                <Textarea
                  label="Success criteria"
                  description="What they want to achieve, one per line; each becomes a need"
                  autosize
                  minRows={2}
                  {...form.getInputProps('criteria')}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={4}>Promises made before the sale</Title>
              <Text size="sm" c="dimmed">
                Features, integrations, outcomes, service levels or dates the customer was told to expect.
              </Text>
              {form.values.promises.map((_, i) => (
                <Group
                  key={form.key(`promises.${i}`)}
                  align="flex-start"
                  gap="xs"
                  wrap="wrap"
                  data-testid="handoff-promise"
                >
                  <TextInput
                    aria-label={`Promise ${i + 1}`}
                    placeholder="What was promised"
                    style={{ flex: '2 1 240px' }}
                    {...form.getInputProps(`promises.${i}.title`)}
                  />
                  <ChoiceSelect
                    aria-label={`Kind of promise ${i + 1}`}
                    data={PROMISE_KIND_OPTIONS}
                    style={{ flex: '0 1 150px' }}
                    {...form.getInputProps(`promises.${i}.kind`)}
                  />
                  <DateInput
                    aria-label={`Due day of promise ${i + 1}`}
                    placeholder="Due"
                    minDate={new Date()}
                    valueFormat="MMM D, YYYY"
                    popoverProps={{ withinPortal: true }}
                    style={{ flex: '0 1 150px' }}
                    {...form.getInputProps(`promises.${i}.dueOn`)}
                  />
                  <OwnerSelect
                    aria-label={`Who promised ${i + 1}`}
                    placeholder="Promised by"
                    style={{ flex: '1 1 160px' }}
                    {...form.getInputProps(`promises.${i}.ownerId`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={6}
                    aria-label={`Remove promise ${i + 1}`}
                    onClick={() => form.removeListItem('promises', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                leftSection={<IconPlus size={16} />}
                style={{ alignSelf: 'flex-start' }}
                onClick={() => form.insertListItem('promises', emptyDraft(me.user.id))}
              >
                Add a promise
              </Button>
            </Stack>
          </Paper>
          <Group justify="flex-end">
            <Button component={Link} to={`/accounts/${id}`} variant="default">
              Cancel
            </Button>
            <Button type="submit" loading={handOff.isPending}>
              {becomesCustomer ? 'Hand over and make a customer' : 'Record the hand-off'}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
