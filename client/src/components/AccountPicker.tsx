import { NativeSelect } from '@mantine/core';

export interface AccountOption {
  id: string;
  name: string;
  awsAccountId: string | null;
}

interface AccountPickerProps {
  accounts: readonly AccountOption[];
  value: string;
  onChange: (accountId: string) => void;
}

/** A native select (keyboard and screen-reader friendly) naming each account and its 12-digit id. */
export function AccountPicker({ accounts, value, onChange }: AccountPickerProps) {
  return (
    <NativeSelect
      label="Account"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={accounts.map((account) => ({
        value: account.id,
        label: account.awsAccountId ? `${account.name} (${account.awsAccountId})` : account.name,
      }))}
    />
  );
}
