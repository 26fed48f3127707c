import { Alert, Button, Code, FileInput, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeCsv } from '@tabler/icons-react';
import type { SeminarImportReport } from '@trustcircle/contracts';
import { useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { useImportAttendance } from '../../lib/queries/resources.ts';

const EXAMPLE = `email,status,date
ada@acme.com,attended,2027-03-04
grace@globex.com,registered,2027-03-04`;

/** Most rows have one problem; a long list of skips stays readable and the modal stays short. */
const SKIPS_SHOWN = 50;

function Report({ report }: { report: SeminarImportReport }) {
  const { recorded, repeated, skipped } = report;
  const ok = skipped.length === 0;
  return (
    <Stack gap="sm">
      <Alert
        color={ok ? 'teal' : 'yellow'}
        variant="light"
        icon={ok ? <IconCircleCheck size={20} /> : <IconAlertTriangle size={20} />}
        title={
          ok
            ? 'Imported'
            : `Imported, with ${skipped.length} ${skipped.length === 1 ? 'row' : 'rows'} skipped`
        }
      >
        <List size="sm" spacing={2}>
          <List.Item>
            {recorded.toLocaleString()}{' '}
            {recorded === 1 ? 'registration or attendance' : 'registrations and attendances'} recorded
          </List.Item>
          {repeated > 0 ? (
            <List.Item>
              {repeated.toLocaleString()} {repeated === 1 ? 'row was' : 'rows were'} already recorded before
              and counted once
            </List.Item>
          ) : null}
          {skipped.length > 0 ? (
            <List.Item>
              {skipped.length.toLocaleString()} {skipped.length === 1 ? 'row' : 'rows'} skipped; fix them in
              the file and import it again (rows already recorded are not counted twice)
            </List.Item>
          ) : null}
        </List>
      </Alert>
      {skipped.length > 0 ? (
        <Table.ScrollContainer minWidth={320} maxHeight={280}>
          <Table striped withTableBorder stickyHeader fz="sm" aria-label="Skipped rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>Row</Table.Th>
                <Table.Th>Why it was skipped</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {skipped.slice(0, SKIPS_SHOWN).map((s) => (
                <Table.Tr key={s.row}>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{s.row}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {s.reason.charAt(0).toUpperCase() + s.reason.slice(1)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {skipped.length > SKIPS_SHOWN ? (
        <Text size="xs" c="dimmed">
          and {skipped.length - SKIPS_SHOWN} more skipped rows
        </Text>
      ) : null}
    </Stack>
  );
}

type Props = { opened: boolean; onClose: () => void; resource: { id: string; title: string } };

/** Registrations and attendance from a webinar tool's export or a sign-up sheet. */
export function ImportAttendanceModal({ opened, onClose, resource }: Props) {
  const upload = useImportAttendance(resource.id);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<SeminarImportReport | null>(null);

  const reset = () => {
    setFile(null);
    setReport(null);
    upload.reset();
  };
  const close = () => {
    onClose();
    setTimeout(reset, 200);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return;
    // A refused file (no email column, unreadable) says why next to the file input.
    upload.mutate(file, { onSuccess: setReport });
  };

  return (
    <Modal opened={opened} onClose={close} title={`Import attendance for "${resource.title}"`} size="lg">
      {report ? (
        <Stack gap="md">
          <Report report={report} />
          <Group justify="flex-end">
            <Button variant="default" onClick={reset}>
              Import another file
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">
              Upload the attendee list your webinar tool exports, or a sign-up sheet saved as CSV. It needs an{' '}
              <Code>email</Code> column; <Code>status</Code> is <Code>registered</Code> or{' '}
              <Code>attended</Code> (attended when left out) and an optional <Code>date</Code> says when.
              People are matched to contacts by email, and count for their account.
            </Text>
            <Code block fz="xs" aria-label="Example CSV">
              {EXAMPLE}
            </Code>
            <FileInput
              label="CSV file"
              placeholder="Choose a file"
              accept=".csv,text/csv"
              leftSection={<IconFileTypeCsv size={18} aria-hidden="true" />}
              value={file}
              clearable
              required
              onChange={(f) => {
                setFile(f);
                upload.reset();
              }}
              error={upload.isError ? errorMessage(upload.error) : undefined}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" disabled={!file} loading={upload.isPending}>
                Import
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
