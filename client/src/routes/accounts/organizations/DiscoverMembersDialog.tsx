import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { userMessage } from '../../../apollo/userMessage';
import { CopyableCode } from '../../../components/CopyableCode';
import { discoveryProblem } from './discoveryProblem';
import { MemberAccountsTable } from './MemberAccountsTable';
import { AddOrganizationAccountsDocument, DEFAULT_ROLE_NAME, DiscoverOrganizationAccountsDocument, OrganizationOnboardingDocument } from './organizations';

interface DiscoverMembersDialogProps {
  account: { id: string; name: string };
  onClose: () => void;
}

/**
 * AWS Organizations onboarding (admins): list the members a connected management account sees, pick several, and
 * connect them all through the same role name and the organization's ExternalId (the role must exist in each
 * member, e.g. deployed by a CloudFormation StackSet from the onboarding template).
 */
export function DiscoverMembersDialog({ account, onClose }: DiscoverMembersDialogProps) {
  const discovery = useQuery(DiscoverOrganizationAccountsDocument, { variables: { accountId: account.id }, fetchPolicy: 'network-only' });
  const [roleName, setRoleName] = useState(DEFAULT_ROLE_NAME);
  const onboarding = useQuery(OrganizationOnboardingDocument, { variables: { roleName: roleName.trim() || DEFAULT_ROLE_NAME } });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const [addMembers, { loading: adding }] = useMutation(AddOrganizationAccountsDocument, { refetchQueries: ['Accounts', 'DiscoverOrganizationAccounts'] });

  async function onAdd() {
    setProblem(null);
    try {
      const { data } = await addMembers({ variables: { accountId: account.id, memberIds: [...selected], roleName: roleName.trim() } });
      setAdded(data?.addOrganizationAccounts.length ?? 0);
      setSelected(new Set());
    } catch (error) {
      setProblem(userMessage(error, 'Could not add the selected accounts. Try again.'));
    }
  }

  const members = discovery.data?.discoverOrganizationAccounts;
  const failure = discovery.error && !members ? discoveryProblem(discovery.error) : null;
  const externalId = onboarding.data?.onboarding.externalId;

  return (
    <Modal opened onClose={onClose} title={`Member accounts of ${account.name}'s organization`} size="xl" centered>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert" title={failure.title}>
            <Text size="sm">{failure.advice}</Text>
            {failure.detail && (
              <Text size="xs" c="dimmed" mt={4}>
                {failure.detail}
              </Text>
            )}
          </Alert>
        ) : !members ? (
          <Skeleton h={160} aria-label="Listing member accounts" />
        ) : members.length === 0 ? (
          <Text>The organization lists no member accounts.</Text>
        ) : (
          <>
            <MemberAccountsTable members={members} selected={selected} onChange={setSelected} />
            <TextInput
              label="Role name in each member"
              description="Create this role in every selected member (a CloudFormation StackSet of the onboarding template does it), trusting CSPMEXA with the ExternalId below."
              value={roleName}
              onChange={(event) => setRoleName(event.currentTarget.value)}
            />
            {externalId && <CopyableCode label="ExternalId" value={externalId} block={false} />}
          </>
        )}
        {added !== null && (
          <Alert color="green" role="status">
            {added === 1 ? '1 account added.' : `${added} accounts added.`} Scan them from the accounts list.
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          {members && members.length > 0 && (
            <Button onClick={() => void onAdd()} loading={adding} disabled={selected.size === 0 || roleName.trim() === ''}>
              {selected.size > 0 ? `Add selected (${selected.size})` : 'Add selected'}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
