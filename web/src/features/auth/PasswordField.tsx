import { PasswordInput, type PasswordInputProps } from '@mantine/core';

export const PASSWORD_HINT =
  'At least 10 characters. A few unrelated words make a strong, memorable password.';

/** A new password, with the rule it has to meet written under it. */
export function NewPasswordField(props: PasswordInputProps) {
  return (
    <PasswordInput
      label="Password"
      description={PASSWORD_HINT}
      autoComplete="new-password"
      required
      {...props}
    />
  );
}

export const validatePassword = (value: string) =>
  value.length < 10 ? 'Use at least 10 characters' : value.length > 200 ? 'Use at most 200 characters' : null;

export const validateEmail = (value: string) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : 'Enter an email address such as ada@example.com';
