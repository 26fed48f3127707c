import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

export type CustomFieldRow = { key: string; value: string; kind: 'string' | 'number' | 'boolean' | 'null' };
type CustomValue = string | number | boolean | null;

export function toRows(fields: Record<string, CustomValue>): CustomFieldRow[] {
  return Object.entries(fields).map(([key, value]) => ({
    key,
    value: value === null ? '' : String(value),
    kind: value === null ? 'null' : (typeof value as 'string' | 'number' | 'boolean'),
  }));
}

/**
 * Back to the API's shape. A value keeps the type it came with when it still fits (a number
 * stays a number, true stays a boolean) so editing one field does not turn the others into text.
 */
export function fromRows(rows: CustomFieldRow[]): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (!key) continue;
    const v = row.value.trim();
    if (row.kind === 'number' && v !== '' && Number.isFinite(Number(v))) out[key] = Number(v);
    else if (row.kind === 'boolean' && (v === 'true' || v === 'false')) out[key] = v === 'true';
    else if (v === '' && row.kind === 'null') out[key] = null;
    else out[key] = row.value;
  }
  return out;
}

type Props = {
  rows: CustomFieldRow[];
  onChange: (rows: CustomFieldRow[]) => void;
  readOnly?: boolean;
  error?: string;
};

export function CustomFieldsEditor({ rows, onChange, readOnly, error }: Props) {
  const set = (i: number, patch: Partial<CustomFieldRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500}>
          Custom fields
        </Text>
        <Text size="xs" c="dimmed">
          Anything else worth knowing, such as a CRM id or a plan name.
        </Text>
      </div>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No custom fields.
        </Text>
      ) : null}
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, keys may be blank or repeat while typing
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={`Custom field ${i + 1}`}
            placeholder="Field"
            value={row.key}
            readOnly={readOnly}
            onChange={(e) => set(i, { key: e.currentTarget.value })}
            style={{ flex: '0 1 40%' }}
          />
          <TextInput
            aria-label={`Value of custom field ${i + 1}`}
            placeholder="Value"
            value={row.value}
            readOnly={readOnly}
            onChange={(e) => set(i, { value: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          {readOnly ? null : (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove custom field ${row.key || i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {error ? (
        <Text size="xs" c="red">
          {error}
        </Text>
      ) : null}
      {readOnly ? null : (
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...rows, { key: '', value: '', kind: 'string' }])}
          >
            Add field
          </Button>
        </Group>
      )}
    </Stack>
  );
}
