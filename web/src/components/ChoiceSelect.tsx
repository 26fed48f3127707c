import { NativeSelect, type NativeSelectProps } from '@mantine/core';

type Option = { value: string; label: string };

type Props = Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> & {
  data: Option[];
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Offers an empty choice with this label; it stands for "not set" (null). */
  noneLabel?: string;
};

/**
 * A native select for short, fixed lists (stage, tier, role): the phone's own picker on
 * mobile, full keyboard support everywhere, and a label that names exactly one element.
 */
export function ChoiceSelect({ data, value, onChange, noneLabel, ...props }: Props) {
  const options = noneLabel ? [{ value: '', label: noneLabel }, ...data] : data;
  return (
    <NativeSelect
      data={options}
      value={value ?? ''}
      onChange={(e) => onChange?.(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      {...props}
    />
  );
}
