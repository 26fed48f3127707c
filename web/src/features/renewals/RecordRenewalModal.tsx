import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { type Account, addMonthsToDay, type Phase } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { currencySymbol, formatDate, formatMoney } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useRecordRenewal } from '../../lib/queries/renewals.ts';
import { useSession } from '../../lib/queries/session.ts';
import { todayIn } from '../accounts/summary/days.ts';
import { PHASE_CHOICES } from '../lifecycle/meta.ts';

type Values = {
  renewedOn: string;
  term: '12' | '24' | '36' | 'date';
  nextRenewalDate: string | null;
  arr: number | string;
  phase: Phase;
  note: string;
};

const TERMS = [
  { value: '12', label: '1 year' },
  { value: '24', label: '2 years' },
  { value: '36', label: '3 years' },
  { value: 'date', label: 'Another date' },
];

/**
 * Records a signed renewal: when it was signed, the new term (or the next renewal date), the
 * new ARR, and where a customer in the renewal phase goes next. Shows the next renewal date
 * before anything is saved.
 */
export function RecordRenewalModal({
  account,
  opened,
  onClose,
}: {
  account: Account;
  opened: boolean;
  onClose: () => void;
}) {
  const me = useSession();
  // A renewal signed today counts on the workspace's calendar, not the browser's.
  const today = todayIn(me.workspace.timezone);
  const record = useRecordRenewal(account.id);
  const form = useForm<Values>({
    initialValues: {
      renewedOn: today,
      term: '12',
      nextRenewalDate: null,
      arr: account.arr,
      phase: 'value',
      note: '',
    },
    validate: {
      renewedOn: (v) =>
        !v ? 'When was it signed?' : v > today ? 'Record a renewal once it is signed' : null,
      nextRenewalDate: (v, values) => (values.term === 'date' && !v ? 'Pick the next renewal date' : null),
    },
  });
  const v = form.values;
  const next =
    v.term === 'date'
      ? v.nextRenewalDate
      : addMonthsToDay(account.renewalDate ?? v.renewedOn, Number(v.term));
  const inRenewal = account.stage === 'customer' && account.phase === 'renewal';
  // The preview's date, checked here as the server will: an error under the control that set it.
  const tooEarly =
    next && (next <= v.renewedOn || (account.renewalDate !== null && next <= account.renewalDate))
      ? `Ends ${formatDate(next)}: the next renewal must come after ${formatDate(
          account.renewalDate && account.renewalDate > v.renewedOn ? account.renewalDate : v.renewedOn,
        )}`
      : null;
  const close = () => {
    onClose();
    form.reset();
    record.reset();
  };
  const submit = form.onSubmit((values) => {
    if (tooEarly) {
      form.setErrors(values.term === 'date' ? { nextRenewalDate: tooEarly } : { term: tooEarly });
      return;
    }
    record.mutate(
      {
        renewedOn: values.renewedOn,
        ...(values.term === 'date'
          ? { nextRenewalDate: values.nextRenewalDate ?? undefined }
          : { termMonths: Number(values.term) }),
        ...(values.arr === '' || Number(values.arr) === account.arr ? {} : { arr: Number(values.arr) }),
        ...(inRenewal ? { phase: values.phase } : {}),
        note: values.note.trim() || null,
        // The date this dialog was opened on: a second click or a retry never renews twice.
        expectedRenewalDate: account.renewalDate,
      },
      {
        onSuccess: (r) => {
          notifySuccess(`Next renewal: ${formatDate(r.nextRenewalDate)}`, `${account.name} renewed`);
          close();
        },
        onError: (e) => {
          // The server names the term or the date; the dialog shows them as one control.
          const errors = fieldErrors(e);
          const term = errors.termMonths ?? (values.term === 'date' ? undefined : errors.nextRenewalDate);
          if (term) form.setErrors({ term });
          else showFormError(form, e, 'Could not record the renewal');
        },
      },
    );
  });
  const currency = me.workspace.currency;
  return (
    <Modal opened={opened} onClose={close} title={`Record the renewal of ${account.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {account.renewal.status === 'overdue' ? (
            <Alert color="red" variant="light" title="The renewal date has passed">
              It was due on {formatDate(account.renewalDate)}. Record it here once it is signed; until then
              the account stays in the renewal phase, marked overdue.
            </Alert>
          ) : null}
          <DateInput
            label="Signed on"
            required
            valueFormat="MMM D, YYYY"
            maxDate={today}
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('renewedOn')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              New term
            </Text>
            <SegmentedControl data={TERMS} fullWidth {...form.getInputProps('term')} />
            {form.errors.term ? (
              <Text size="xs" c="red.8" role="alert">
                {form.errors.term}
              </Text>
            ) : null}
          </Stack>
          {v.term === 'date' ? (
            <DateInput
              label="Next renewal date"
              required
              valueFormat="MMM D, YYYY"
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('nextRenewalDate')}
            />
          ) : null}
          <NumberInput
            label="ARR of the new term"
            description={`Now ${formatMoney(account.arr, currency)}`}
            min={0}
            thousandSeparator=","
            leftSection={currencySymbol(currency)}
            hideControls
            {...form.getInputProps('arr')}
          />
          {inRenewal ? (
            <ChoiceSelect
              label="Then the customer moves to"
              data={PHASE_CHOICES.filter((c) => c.value !== 'renewal')}
              {...form.getInputProps('phase')}
            />
          ) : null}
          <Textarea
            label="Note"
            placeholder="Renewed with the analytics add-on; 15 more seats"
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('note')}
          />
          <Text size="sm" data-testid="renewal-preview">
            Next renewal: <b>{next ? formatDate(next) : '—'}</b>
            {account.renewalDate ? ` (was ${formatDate(account.renewalDate)})` : ''}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending}>
              Record renewal
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
