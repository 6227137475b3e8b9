/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n    mutation RefreshSession($refreshToken: String!) {\n      refreshToken(refreshToken: $refreshToken) {\n        accessToken\n        refreshToken\n        expiresAt\n      }\n    }\n  ": typeof types.RefreshSessionDocument,
    "\n  query MfaStatus {\n    me {\n      id\n      role\n      mfaEnrolled\n      mfaRequiredToEnrol\n    }\n  }\n": typeof types.MfaStatusDocument,
    "\n  query AccountOptions {\n    awsAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n": typeof types.AccountOptionsDocument,
    "\n  mutation EnrolMfa {\n    enrolMfa {\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": typeof types.EnrolMfaDocument,
    "\n  mutation ConfirmMfa($code: String!) {\n    confirmMfa(code: $code) {\n      recoveryCodes\n      session {\n        accessToken\n        refreshToken\n        expiresAt\n      }\n    }\n  }\n": typeof types.ConfirmMfaDocument,
    "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n": typeof types.DisableMfaDocument,
    "\n  query Accounts($first: Int) {\n    awsAccounts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n          authMethod\n          roleArn\n          accessKeyIdLast4\n          regions\n          scanSchedule\n          demo\n          lastScan {\n            id\n            status\n            startedAt\n            finishedAt\n            resourceCount\n            errorCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation AddAwsAccount($input: AddAwsAccountInput!) {\n    addAwsAccount(input: $input) {\n      id\n      name\n      authMethod\n    }\n  }\n": typeof types.AddAwsAccountDocument,
    "\n  mutation UpdateAwsAccount($id: ID!, $input: UpdateAwsAccountInput!) {\n    updateAwsAccount(id: $id, input: $input) {\n      id\n      name\n      roleArn\n      accessKeyIdLast4\n      regions\n      awsAccountId\n    }\n  }\n": typeof types.UpdateAwsAccountDocument,
    "\n  mutation DeleteAwsAccount($id: ID!) {\n    deleteAwsAccount(id: $id)\n  }\n": typeof types.DeleteAwsAccountDocument,
    "\n  query Onboarding {\n    onboarding {\n      externalId\n      trustedPrincipalArn\n      trustedPrincipalSource\n      roleName\n      trustPolicy\n      cloudFormationTemplate\n      terraform\n    }\n  }\n": typeof types.OnboardingDocument,
    "\n  mutation TestAwsConnection($accountId: ID, $input: AwsConnectionInput) {\n    testAwsConnection(accountId: $accountId, input: $input) {\n      status\n      awsAccountId\n      callerArn\n      missingPermissions\n      problem\n    }\n  }\n": typeof types.TestAwsConnectionDocument,
    "\n  mutation StartScan($accountId: ID!) {\n    startScan(accountId: $accountId) {\n      id\n      status\n    }\n  }\n": typeof types.StartScanDocument,
    "\n  query ScanProgress($id: ID!) {\n    scan(id: $id) {\n      id\n      status\n      finishedAt\n      resourceCount\n      errorCount\n      failureReason\n      evaluation {\n        evaluatedAt\n        opened\n      }\n    }\n  }\n": typeof types.ScanProgressDocument,
    "\n  mutation AddDemoAccount {\n    addDemoAccount {\n      id\n      name\n      demo\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AddDemoAccountDocument,
    "\n  query DiscoverOrganizationAccounts($accountId: ID!) {\n    discoverOrganizationAccounts(accountId: $accountId) {\n      awsAccountId\n      name\n      email\n      status\n      connected\n    }\n  }\n": typeof types.DiscoverOrganizationAccountsDocument,
    "\n  query OrganizationOnboarding($roleName: String) {\n    onboarding(roleName: $roleName) {\n      externalId\n      roleName\n      trustedPrincipalArn\n    }\n  }\n": typeof types.OrganizationOnboardingDocument,
    "\n  mutation AddOrganizationAccounts($accountId: ID!, $memberIds: [String!]!, $roleName: String!) {\n    addOrganizationAccounts(accountId: $accountId, memberIds: $memberIds, roleName: $roleName) {\n      id\n      name\n      awsAccountId\n    }\n  }\n": typeof types.AddOrganizationAccountsDocument,
    "\n  subscription ScanProgressLive($scanId: ID!) {\n    scanProgress(scanId: $scanId) {\n      scanId\n      status\n      phase\n      resourcesCollected\n      apiCalls\n      errors\n      percentage\n    }\n  }\n": typeof types.ScanProgressLiveDocument,
    "\n  mutation CancelScan($scanId: ID!) {\n    cancelScan(scanId: $scanId) {\n      id\n      status\n    }\n  }\n": typeof types.CancelScanDocument,
    "\n  mutation ScheduleScans($accountId: ID!, $cron: String) {\n    scheduleScans(accountId: $accountId, cron: $cron) {\n      id\n      scanSchedule\n    }\n  }\n": typeof types.ScheduleScansDocument,
    "\n  query ScanHistory($accountId: ID!, $first: Int, $after: String) {\n    awsAccount(id: $accountId) {\n      id\n      name\n      awsAccountId\n    }\n    scans(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          queuedAt\n          startedAt\n          finishedAt\n          resourceCount\n          errorCount\n          failureReason\n          exportable\n          evaluation {\n            opened\n            reopened\n            resolved\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ScanHistoryDocument,
    "\n  query ScanErrors($id: ID!) {\n    scan(id: $id) {\n      id\n      errorCount\n      errors {\n        api\n        region\n        resourceArn\n        code\n        message\n      }\n    }\n  }\n": typeof types.ScanErrorsDocument,
    "\n  mutation ExportScanSnapshot($scanId: ID!, $destination: SnapshotDestination!) {\n    exportScanSnapshot(scanId: $scanId, destination: $destination) {\n      id\n      status\n      resourceCount\n    }\n  }\n": typeof types.ExportScanSnapshotDocument,
    "\n  query SnapshotExportProgress($id: ID!) {\n    snapshotExport(id: $id) {\n      id\n      status\n      destination\n      resourceCount\n      byteSize\n      fileName\n      location\n      error\n    }\n  }\n": typeof types.SnapshotExportProgressDocument,
    "\n  query SnapshotExportChunk($id: ID!, $offset: Int) {\n    snapshotExport(id: $id) {\n      id\n      content(offset: $offset) {\n        data\n        nextOffset\n      }\n    }\n  }\n": typeof types.SnapshotExportChunkDocument,
    "\n  query SnapshotExportDestinations {\n    snapshotExportDestinations\n  }\n": typeof types.SnapshotExportDestinationsDocument,
    "\n  mutation StartSnapshotUpload {\n    startSnapshotUpload {\n      id\n      receivedBytes\n      maxBytes\n      maxChunkBytes\n    }\n  }\n": typeof types.StartSnapshotUploadDocument,
    "\n  mutation AppendSnapshotUpload($uploadId: ID!, $offset: Int!, $data: String!) {\n    appendSnapshotUpload(uploadId: $uploadId, offset: $offset, data: $data) {\n      id\n      receivedBytes\n    }\n  }\n": typeof types.AppendSnapshotUploadDocument,
    "\n  mutation AddSnapshotAccount($input: AddSnapshotAccountInput!) {\n    addSnapshotAccount(input: $input) {\n      id\n      name\n      authMethod\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AddSnapshotAccountDocument,
    "\n  mutation ReplaceAccountSnapshot($accountId: ID!, $uploadId: ID!) {\n    replaceAccountSnapshot(accountId: $accountId, uploadId: $uploadId) {\n      id\n      name\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ReplaceAccountSnapshotDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          action\n          actorId\n          target\n          at\n          ip\n          userAgent\n          requestId\n          details\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      firstBrokenId\n      checkedCount\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n": typeof types.ApiTokenRowFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AdminUsers($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUser\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  fragment AdminUser on User {\n    id\n    email\n    displayName\n    role\n    disabled\n    mfaEnrolled\n    createdAt\n  }\n": typeof types.AdminUserFragmentDoc,
    "\n  mutation AssignRole($userId: ID!, $role: Role!) {\n    assignRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation ResetMfa($userId: ID!) {\n    resetMfa(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": typeof types.ResetMfaDocument,
    "\n  mutation InviteUser($email: String!, $role: Role!) {\n    inviteUser(email: $email, role: $role) {\n      id\n      email\n      role\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      acceptedAt\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  query NotificationRules($first: Int, $after: String) {\n    notificationRules(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          minSeverity\n          recipients\n          enabled\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NotificationRulesDocument,
    "\n  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {\n    createNotificationRule(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateNotificationRuleDocument,
    "\n  mutation DeleteNotificationRule($id: ID!) {\n    deleteNotificationRule(id: $id)\n  }\n": typeof types.DeleteNotificationRuleDocument,
    "\n  query EmailDeliveries($first: Int, $after: String) {\n    emailDeliveries(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          recipient\n          subject\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.EmailDeliveriesDocument,
    "\n  query ComplianceReport($framework: ComplianceFramework!, $accountId: ID!) {\n    compliance(framework: $framework, accountId: $accountId) {\n      framework\n      accountId\n      scanId\n      evaluatedAt\n      score\n      passed\n      failed\n      manual\n      notApplicable\n      unknown\n      controls {\n        controlId\n        title\n        section\n        assessment\n        status\n        checkIds\n        passed\n        failed\n        muted\n        unknown\n      }\n    }\n  }\n": typeof types.ComplianceReportDocument,
    "\n  mutation ExportFindings($format: ExportFormat!, $filter: FindingFilter) {\n    exportFindings(format: $format, filter: $filter) {\n      id\n      status\n      rowCount\n    }\n  }\n": typeof types.ExportFindingsDocument,
    "\n  query FindingsExportProgress($id: ID!) {\n    findingsExport(id: $id) {\n      id\n      format\n      status\n      rowCount\n      byteSize\n      fileName\n    }\n  }\n": typeof types.FindingsExportProgressDocument,
    "\n  query FindingsExportChunk($id: ID!, $offset: Int) {\n    findingsExport(id: $id) {\n      id\n      content(offset: $offset) {\n        data\n        nextOffset\n      }\n    }\n  }\n": typeof types.FindingsExportChunkDocument,
    "\n  query FindingDetail($id: ID!) {\n    finding(id: $id) {\n      ...FindingsTable_finding\n      message\n      service\n      description\n      risk\n      references\n      remediation {\n        text\n        cli\n        terraform\n      }\n      compliance {\n        framework\n        controlId\n        title\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        scanId\n        actorEmail\n        note\n      }\n      muteRule {\n        id\n        reason\n        expiresAt\n        createdByEmail\n        mutedFindingCount\n      }\n    }\n  }\n": typeof types.FindingDetailDocument,
    "\n  fragment FindingsTable_finding on Finding {\n    id\n    shortId\n    title\n    severity\n    status\n    checkId\n    resourceArn\n    region\n    accountId\n    firstSeenAt\n    lastSeenAt\n  }\n": typeof types.FindingsTable_FindingFragmentDoc,
    "\n  query Findings($filter: FindingFilter, $orderBy: FindingOrder, $first: Int, $after: String) {\n    findings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...FindingsTable_finding\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FindingsDocument,
    "\n  query FindingFacets($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      severity {\n        value\n        count\n      }\n      status {\n        value\n        count\n      }\n      service {\n        value\n        count\n      }\n      account {\n        value\n        count\n      }\n      check {\n        value\n        count\n      }\n    }\n  }\n": typeof types.FindingFacetsDocument,
    "\n  mutation MuteFindings($ids: [ID!]!, $reason: String!, $expiresAt: DateTime) {\n    muteFindings(ids: $ids, reason: $reason, expiresAt: $expiresAt) {\n      id\n      findingCount\n      expiresAt\n    }\n  }\n": typeof types.MuteFindingsDocument,
    "\n  mutation DeleteMuteRule($id: ID!) {\n    deleteMuteRule(id: $id)\n  }\n": typeof types.DeleteMuteRuleDocument,
    "\n  fragment ResourcesTable_resource on Resource {\n    id\n    arn\n    kind\n    name\n    accountId\n    region\n    lastSeenAt\n    account {\n      id\n      name\n    }\n  }\n": typeof types.ResourcesTable_ResourceFragmentDoc,
    "\n  query Resources($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ResourcesTable_resource\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  query InventoryAccountOptions($first: Int) {\n    awsAccounts(first: $first) {\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n": typeof types.InventoryAccountOptionsDocument,
    "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      id\n      arn\n      kind\n      name\n      accountId\n      region\n      tags\n      config\n      firstSeenAt\n      lastSeenAt\n      deletedAt\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ResourceDetailDocument,
    "\n  query ResourceFindings($id: ID!, $first: Int, $after: String) {\n    resource(id: $id) {\n      id\n      findings(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            shortId\n            severity\n            status\n            lastSeenAt\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ResourceFindingsDocument,
    "\n  query ResourceHistory($id: ID!, $first: Int, $after: String) {\n    resource(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            changeType\n            changedAt\n            changeCount\n            changes {\n              path\n              change\n              before\n              after\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ResourceHistoryDocument,
    "\n  query AuthProviders {\n    authProviders {\n      google\n      password\n    }\n  }\n": typeof types.AuthProvidersDocument,
    "\n  mutation ExchangeLoginCode($code: String!) {\n    exchangeLoginCode(code: $code) {\n      ...SignInResult\n    }\n  }\n": typeof types.ExchangeLoginCodeDocument,
    "\n  fragment SignInResult on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    mfaRequired\n    mfaToken\n    user {\n      id\n      email\n      role\n    }\n  }\n": typeof types.SignInResultFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SignInResult\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyMfa($mfaToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfa(mfaToken: $mfaToken, code: $code, recoveryCode: $recoveryCode) {\n      ...SignInResult\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  fragment MuteRulesTable_rule on MuteRule {\n    id\n    reason\n    checkIds\n    accountIds\n    regions\n    resourcePattern\n    tags {\n      key\n      value\n    }\n    findingCount\n    expiresAt\n    expired\n    mutedFindingCount\n    createdByEmail\n    createdAt\n  }\n": typeof types.MuteRulesTable_RuleFragmentDoc,
    "\n  query MuteRules($filter: MuteRuleFilter, $first: Int, $after: String) {\n    muteRules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MuteRulesTable_rule\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MuteRulesDocument,
    "\n  query MuteRuleChecks {\n    checks {\n      id\n      shortId\n      title\n    }\n  }\n": typeof types.MuteRuleChecksDocument,
    "\n  mutation CreateMuteRule($input: CreateMuteRuleInput!) {\n    createMuteRule(input: $input) {\n      id\n      mutedFindingCount\n    }\n  }\n": typeof types.CreateMuteRuleDocument,
    "\n  fragment SeverityCards_counts on FindingCounts {\n    critical\n    high\n    medium\n    low\n    info\n    total\n  }\n": typeof types.SeverityCards_CountsFragmentDoc,
    "\n  query FindingsBreakdown($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      service {\n        value\n        count\n      }\n      account {\n        value\n        count\n      }\n    }\n  }\n": typeof types.FindingsBreakdownDocument,
    "\n  query Overview($filter: FindingFilter) {\n    findingCounts(filter: $filter) {\n      ...SeverityCards_counts\n    }\n    awsAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query PostureTrend($accountId: ID!, $days: Int) {\n    postureTrend(accountId: $accountId, days: $days) {\n      scanId\n      evaluatedAt\n      passed\n      failed\n      muted\n      unknown\n      failedBySeverity {\n        severity\n        count\n      }\n      scores {\n        framework\n        score\n      }\n    }\n  }\n": typeof types.PostureTrendDocument,
    "\n  subscription AlertRaised($minSeverity: Severity) {\n    alertRaised(minSeverity: $minSeverity) {\n      id\n      kind\n      severity\n      raisedAt\n      finding {\n        id\n        title\n        resourceArn\n      }\n    }\n  }\n": typeof types.AlertRaisedDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n    mutation RefreshSession($refreshToken: String!) {\n      refreshToken(refreshToken: $refreshToken) {\n        accessToken\n        refreshToken\n        expiresAt\n      }\n    }\n  ": types.RefreshSessionDocument,
    "\n  query MfaStatus {\n    me {\n      id\n      role\n      mfaEnrolled\n      mfaRequiredToEnrol\n    }\n  }\n": types.MfaStatusDocument,
    "\n  query AccountOptions {\n    awsAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n": types.AccountOptionsDocument,
    "\n  mutation EnrolMfa {\n    enrolMfa {\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": types.EnrolMfaDocument,
    "\n  mutation ConfirmMfa($code: String!) {\n    confirmMfa(code: $code) {\n      recoveryCodes\n      session {\n        accessToken\n        refreshToken\n        expiresAt\n      }\n    }\n  }\n": types.ConfirmMfaDocument,
    "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n": types.DisableMfaDocument,
    "\n  query Accounts($first: Int) {\n    awsAccounts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n          authMethod\n          roleArn\n          accessKeyIdLast4\n          regions\n          scanSchedule\n          demo\n          lastScan {\n            id\n            status\n            startedAt\n            finishedAt\n            resourceCount\n            errorCount\n          }\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation AddAwsAccount($input: AddAwsAccountInput!) {\n    addAwsAccount(input: $input) {\n      id\n      name\n      authMethod\n    }\n  }\n": types.AddAwsAccountDocument,
    "\n  mutation UpdateAwsAccount($id: ID!, $input: UpdateAwsAccountInput!) {\n    updateAwsAccount(id: $id, input: $input) {\n      id\n      name\n      roleArn\n      accessKeyIdLast4\n      regions\n      awsAccountId\n    }\n  }\n": types.UpdateAwsAccountDocument,
    "\n  mutation DeleteAwsAccount($id: ID!) {\n    deleteAwsAccount(id: $id)\n  }\n": types.DeleteAwsAccountDocument,
    "\n  query Onboarding {\n    onboarding {\n      externalId\n      trustedPrincipalArn\n      trustedPrincipalSource\n      roleName\n      trustPolicy\n      cloudFormationTemplate\n      terraform\n    }\n  }\n": types.OnboardingDocument,
    "\n  mutation TestAwsConnection($accountId: ID, $input: AwsConnectionInput) {\n    testAwsConnection(accountId: $accountId, input: $input) {\n      status\n      awsAccountId\n      callerArn\n      missingPermissions\n      problem\n    }\n  }\n": types.TestAwsConnectionDocument,
    "\n  mutation StartScan($accountId: ID!) {\n    startScan(accountId: $accountId) {\n      id\n      status\n    }\n  }\n": types.StartScanDocument,
    "\n  query ScanProgress($id: ID!) {\n    scan(id: $id) {\n      id\n      status\n      finishedAt\n      resourceCount\n      errorCount\n      failureReason\n      evaluation {\n        evaluatedAt\n        opened\n      }\n    }\n  }\n": types.ScanProgressDocument,
    "\n  mutation AddDemoAccount {\n    addDemoAccount {\n      id\n      name\n      demo\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n": types.AddDemoAccountDocument,
    "\n  query DiscoverOrganizationAccounts($accountId: ID!) {\n    discoverOrganizationAccounts(accountId: $accountId) {\n      awsAccountId\n      name\n      email\n      status\n      connected\n    }\n  }\n": types.DiscoverOrganizationAccountsDocument,
    "\n  query OrganizationOnboarding($roleName: String) {\n    onboarding(roleName: $roleName) {\n      externalId\n      roleName\n      trustedPrincipalArn\n    }\n  }\n": types.OrganizationOnboardingDocument,
    "\n  mutation AddOrganizationAccounts($accountId: ID!, $memberIds: [String!]!, $roleName: String!) {\n    addOrganizationAccounts(accountId: $accountId, memberIds: $memberIds, roleName: $roleName) {\n      id\n      name\n      awsAccountId\n    }\n  }\n": types.AddOrganizationAccountsDocument,
    "\n  subscription ScanProgressLive($scanId: ID!) {\n    scanProgress(scanId: $scanId) {\n      scanId\n      status\n      phase\n      resourcesCollected\n      apiCalls\n      errors\n      percentage\n    }\n  }\n": types.ScanProgressLiveDocument,
    "\n  mutation CancelScan($scanId: ID!) {\n    cancelScan(scanId: $scanId) {\n      id\n      status\n    }\n  }\n": types.CancelScanDocument,
    "\n  mutation ScheduleScans($accountId: ID!, $cron: String) {\n    scheduleScans(accountId: $accountId, cron: $cron) {\n      id\n      scanSchedule\n    }\n  }\n": types.ScheduleScansDocument,
    "\n  query ScanHistory($accountId: ID!, $first: Int, $after: String) {\n    awsAccount(id: $accountId) {\n      id\n      name\n      awsAccountId\n    }\n    scans(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          queuedAt\n          startedAt\n          finishedAt\n          resourceCount\n          errorCount\n          failureReason\n          exportable\n          evaluation {\n            opened\n            reopened\n            resolved\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ScanHistoryDocument,
    "\n  query ScanErrors($id: ID!) {\n    scan(id: $id) {\n      id\n      errorCount\n      errors {\n        api\n        region\n        resourceArn\n        code\n        message\n      }\n    }\n  }\n": types.ScanErrorsDocument,
    "\n  mutation ExportScanSnapshot($scanId: ID!, $destination: SnapshotDestination!) {\n    exportScanSnapshot(scanId: $scanId, destination: $destination) {\n      id\n      status\n      resourceCount\n    }\n  }\n": types.ExportScanSnapshotDocument,
    "\n  query SnapshotExportProgress($id: ID!) {\n    snapshotExport(id: $id) {\n      id\n      status\n      destination\n      resourceCount\n      byteSize\n      fileName\n      location\n      error\n    }\n  }\n": types.SnapshotExportProgressDocument,
    "\n  query SnapshotExportChunk($id: ID!, $offset: Int) {\n    snapshotExport(id: $id) {\n      id\n      content(offset: $offset) {\n        data\n        nextOffset\n      }\n    }\n  }\n": types.SnapshotExportChunkDocument,
    "\n  query SnapshotExportDestinations {\n    snapshotExportDestinations\n  }\n": types.SnapshotExportDestinationsDocument,
    "\n  mutation StartSnapshotUpload {\n    startSnapshotUpload {\n      id\n      receivedBytes\n      maxBytes\n      maxChunkBytes\n    }\n  }\n": types.StartSnapshotUploadDocument,
    "\n  mutation AppendSnapshotUpload($uploadId: ID!, $offset: Int!, $data: String!) {\n    appendSnapshotUpload(uploadId: $uploadId, offset: $offset, data: $data) {\n      id\n      receivedBytes\n    }\n  }\n": types.AppendSnapshotUploadDocument,
    "\n  mutation AddSnapshotAccount($input: AddSnapshotAccountInput!) {\n    addSnapshotAccount(input: $input) {\n      id\n      name\n      authMethod\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n": types.AddSnapshotAccountDocument,
    "\n  mutation ReplaceAccountSnapshot($accountId: ID!, $uploadId: ID!) {\n    replaceAccountSnapshot(accountId: $accountId, uploadId: $uploadId) {\n      id\n      name\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n": types.ReplaceAccountSnapshotDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          action\n          actorId\n          target\n          at\n          ip\n          userAgent\n          requestId\n          details\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      firstBrokenId\n      checkedCount\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n": types.ApiTokensDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n": types.ApiTokenRowFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AdminUsers($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUser\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  fragment AdminUser on User {\n    id\n    email\n    displayName\n    role\n    disabled\n    mfaEnrolled\n    createdAt\n  }\n": types.AdminUserFragmentDoc,
    "\n  mutation AssignRole($userId: ID!, $role: Role!) {\n    assignRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation ResetMfa($userId: ID!) {\n    resetMfa(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": types.ResetMfaDocument,
    "\n  mutation InviteUser($email: String!, $role: Role!) {\n    inviteUser(email: $email, role: $role) {\n      id\n      email\n      role\n    }\n  }\n": types.InviteUserDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      acceptedAt\n    }\n  }\n": types.InvitationsDocument,
    "\n  query NotificationRules($first: Int, $after: String) {\n    notificationRules(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          minSeverity\n          recipients\n          enabled\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.NotificationRulesDocument,
    "\n  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {\n    createNotificationRule(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateNotificationRuleDocument,
    "\n  mutation DeleteNotificationRule($id: ID!) {\n    deleteNotificationRule(id: $id)\n  }\n": types.DeleteNotificationRuleDocument,
    "\n  query EmailDeliveries($first: Int, $after: String) {\n    emailDeliveries(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          recipient\n          subject\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.EmailDeliveriesDocument,
    "\n  query ComplianceReport($framework: ComplianceFramework!, $accountId: ID!) {\n    compliance(framework: $framework, accountId: $accountId) {\n      framework\n      accountId\n      scanId\n      evaluatedAt\n      score\n      passed\n      failed\n      manual\n      notApplicable\n      unknown\n      controls {\n        controlId\n        title\n        section\n        assessment\n        status\n        checkIds\n        passed\n        failed\n        muted\n        unknown\n      }\n    }\n  }\n": types.ComplianceReportDocument,
    "\n  mutation ExportFindings($format: ExportFormat!, $filter: FindingFilter) {\n    exportFindings(format: $format, filter: $filter) {\n      id\n      status\n      rowCount\n    }\n  }\n": types.ExportFindingsDocument,
    "\n  query FindingsExportProgress($id: ID!) {\n    findingsExport(id: $id) {\n      id\n      format\n      status\n      rowCount\n      byteSize\n      fileName\n    }\n  }\n": types.FindingsExportProgressDocument,
    "\n  query FindingsExportChunk($id: ID!, $offset: Int) {\n    findingsExport(id: $id) {\n      id\n      content(offset: $offset) {\n        data\n        nextOffset\n      }\n    }\n  }\n": types.FindingsExportChunkDocument,
    "\n  query FindingDetail($id: ID!) {\n    finding(id: $id) {\n      ...FindingsTable_finding\n      message\n      service\n      description\n      risk\n      references\n      remediation {\n        text\n        cli\n        terraform\n      }\n      compliance {\n        framework\n        controlId\n        title\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        scanId\n        actorEmail\n        note\n      }\n      muteRule {\n        id\n        reason\n        expiresAt\n        createdByEmail\n        mutedFindingCount\n      }\n    }\n  }\n": types.FindingDetailDocument,
    "\n  fragment FindingsTable_finding on Finding {\n    id\n    shortId\n    title\n    severity\n    status\n    checkId\n    resourceArn\n    region\n    accountId\n    firstSeenAt\n    lastSeenAt\n  }\n": types.FindingsTable_FindingFragmentDoc,
    "\n  query Findings($filter: FindingFilter, $orderBy: FindingOrder, $first: Int, $after: String) {\n    findings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...FindingsTable_finding\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FindingsDocument,
    "\n  query FindingFacets($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      severity {\n        value\n        count\n      }\n      status {\n        value\n        count\n      }\n      service {\n        value\n        count\n      }\n      account {\n        value\n        count\n      }\n      check {\n        value\n        count\n      }\n    }\n  }\n": types.FindingFacetsDocument,
    "\n  mutation MuteFindings($ids: [ID!]!, $reason: String!, $expiresAt: DateTime) {\n    muteFindings(ids: $ids, reason: $reason, expiresAt: $expiresAt) {\n      id\n      findingCount\n      expiresAt\n    }\n  }\n": types.MuteFindingsDocument,
    "\n  mutation DeleteMuteRule($id: ID!) {\n    deleteMuteRule(id: $id)\n  }\n": types.DeleteMuteRuleDocument,
    "\n  fragment ResourcesTable_resource on Resource {\n    id\n    arn\n    kind\n    name\n    accountId\n    region\n    lastSeenAt\n    account {\n      id\n      name\n    }\n  }\n": types.ResourcesTable_ResourceFragmentDoc,
    "\n  query Resources($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ResourcesTable_resource\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ResourcesDocument,
    "\n  query InventoryAccountOptions($first: Int) {\n    awsAccounts(first: $first) {\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n": types.InventoryAccountOptionsDocument,
    "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      id\n      arn\n      kind\n      name\n      accountId\n      region\n      tags\n      config\n      firstSeenAt\n      lastSeenAt\n      deletedAt\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.ResourceDetailDocument,
    "\n  query ResourceFindings($id: ID!, $first: Int, $after: String) {\n    resource(id: $id) {\n      id\n      findings(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            shortId\n            severity\n            status\n            lastSeenAt\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ResourceFindingsDocument,
    "\n  query ResourceHistory($id: ID!, $first: Int, $after: String) {\n    resource(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            changeType\n            changedAt\n            changeCount\n            changes {\n              path\n              change\n              before\n              after\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ResourceHistoryDocument,
    "\n  query AuthProviders {\n    authProviders {\n      google\n      password\n    }\n  }\n": types.AuthProvidersDocument,
    "\n  mutation ExchangeLoginCode($code: String!) {\n    exchangeLoginCode(code: $code) {\n      ...SignInResult\n    }\n  }\n": types.ExchangeLoginCodeDocument,
    "\n  fragment SignInResult on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    mfaRequired\n    mfaToken\n    user {\n      id\n      email\n      role\n    }\n  }\n": types.SignInResultFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SignInResult\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyMfa($mfaToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfa(mfaToken: $mfaToken, code: $code, recoveryCode: $recoveryCode) {\n      ...SignInResult\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  fragment MuteRulesTable_rule on MuteRule {\n    id\n    reason\n    checkIds\n    accountIds\n    regions\n    resourcePattern\n    tags {\n      key\n      value\n    }\n    findingCount\n    expiresAt\n    expired\n    mutedFindingCount\n    createdByEmail\n    createdAt\n  }\n": types.MuteRulesTable_RuleFragmentDoc,
    "\n  query MuteRules($filter: MuteRuleFilter, $first: Int, $after: String) {\n    muteRules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MuteRulesTable_rule\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MuteRulesDocument,
    "\n  query MuteRuleChecks {\n    checks {\n      id\n      shortId\n      title\n    }\n  }\n": types.MuteRuleChecksDocument,
    "\n  mutation CreateMuteRule($input: CreateMuteRuleInput!) {\n    createMuteRule(input: $input) {\n      id\n      mutedFindingCount\n    }\n  }\n": types.CreateMuteRuleDocument,
    "\n  fragment SeverityCards_counts on FindingCounts {\n    critical\n    high\n    medium\n    low\n    info\n    total\n  }\n": types.SeverityCards_CountsFragmentDoc,
    "\n  query FindingsBreakdown($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      service {\n        value\n        count\n      }\n      account {\n        value\n        count\n      }\n    }\n  }\n": types.FindingsBreakdownDocument,
    "\n  query Overview($filter: FindingFilter) {\n    findingCounts(filter: $filter) {\n      ...SeverityCards_counts\n    }\n    awsAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query PostureTrend($accountId: ID!, $days: Int) {\n    postureTrend(accountId: $accountId, days: $days) {\n      scanId\n      evaluatedAt\n      passed\n      failed\n      muted\n      unknown\n      failedBySeverity {\n        severity\n        count\n      }\n      scores {\n        framework\n        score\n      }\n    }\n  }\n": types.PostureTrendDocument,
    "\n  subscription AlertRaised($minSeverity: Severity) {\n    alertRaised(minSeverity: $minSeverity) {\n      id\n      kind\n      severity\n      raisedAt\n      finding {\n        id\n        title\n        resourceArn\n      }\n    }\n  }\n": types.AlertRaisedDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RefreshSession($refreshToken: String!) {\n      refreshToken(refreshToken: $refreshToken) {\n        accessToken\n        refreshToken\n        expiresAt\n      }\n    }\n  "): (typeof documents)["\n    mutation RefreshSession($refreshToken: String!) {\n      refreshToken(refreshToken: $refreshToken) {\n        accessToken\n        refreshToken\n        expiresAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MfaStatus {\n    me {\n      id\n      role\n      mfaEnrolled\n      mfaRequiredToEnrol\n    }\n  }\n"): (typeof documents)["\n  query MfaStatus {\n    me {\n      id\n      role\n      mfaEnrolled\n      mfaRequiredToEnrol\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOptions {\n    awsAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountOptions {\n    awsAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolMfa {\n    enrolMfa {\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolMfa {\n    enrolMfa {\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfa($code: String!) {\n    confirmMfa(code: $code) {\n      recoveryCodes\n      session {\n        accessToken\n        refreshToken\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMfa($code: String!) {\n    confirmMfa(code: $code) {\n      recoveryCodes\n      session {\n        accessToken\n        refreshToken\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n"): (typeof documents)["\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int) {\n    awsAccounts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n          authMethod\n          roleArn\n          accessKeyIdLast4\n          regions\n          scanSchedule\n          demo\n          lastScan {\n            id\n            status\n            startedAt\n            finishedAt\n            resourceCount\n            errorCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int) {\n    awsAccounts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n          authMethod\n          roleArn\n          accessKeyIdLast4\n          regions\n          scanSchedule\n          demo\n          lastScan {\n            id\n            status\n            startedAt\n            finishedAt\n            resourceCount\n            errorCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAwsAccount($input: AddAwsAccountInput!) {\n    addAwsAccount(input: $input) {\n      id\n      name\n      authMethod\n    }\n  }\n"): (typeof documents)["\n  mutation AddAwsAccount($input: AddAwsAccountInput!) {\n    addAwsAccount(input: $input) {\n      id\n      name\n      authMethod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwsAccount($id: ID!, $input: UpdateAwsAccountInput!) {\n    updateAwsAccount(id: $id, input: $input) {\n      id\n      name\n      roleArn\n      accessKeyIdLast4\n      regions\n      awsAccountId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAwsAccount($id: ID!, $input: UpdateAwsAccountInput!) {\n    updateAwsAccount(id: $id, input: $input) {\n      id\n      name\n      roleArn\n      accessKeyIdLast4\n      regions\n      awsAccountId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAwsAccount($id: ID!) {\n    deleteAwsAccount(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAwsAccount($id: ID!) {\n    deleteAwsAccount(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Onboarding {\n    onboarding {\n      externalId\n      trustedPrincipalArn\n      trustedPrincipalSource\n      roleName\n      trustPolicy\n      cloudFormationTemplate\n      terraform\n    }\n  }\n"): (typeof documents)["\n  query Onboarding {\n    onboarding {\n      externalId\n      trustedPrincipalArn\n      trustedPrincipalSource\n      roleName\n      trustPolicy\n      cloudFormationTemplate\n      terraform\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAwsConnection($accountId: ID, $input: AwsConnectionInput) {\n    testAwsConnection(accountId: $accountId, input: $input) {\n      status\n      awsAccountId\n      callerArn\n      missingPermissions\n      problem\n    }\n  }\n"): (typeof documents)["\n  mutation TestAwsConnection($accountId: ID, $input: AwsConnectionInput) {\n    testAwsConnection(accountId: $accountId, input: $input) {\n      status\n      awsAccountId\n      callerArn\n      missingPermissions\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartScan($accountId: ID!) {\n    startScan(accountId: $accountId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartScan($accountId: ID!) {\n    startScan(accountId: $accountId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScanProgress($id: ID!) {\n    scan(id: $id) {\n      id\n      status\n      finishedAt\n      resourceCount\n      errorCount\n      failureReason\n      evaluation {\n        evaluatedAt\n        opened\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScanProgress($id: ID!) {\n    scan(id: $id) {\n      id\n      status\n      finishedAt\n      resourceCount\n      errorCount\n      failureReason\n      evaluation {\n        evaluatedAt\n        opened\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDemoAccount {\n    addDemoAccount {\n      id\n      name\n      demo\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddDemoAccount {\n    addDemoAccount {\n      id\n      name\n      demo\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverOrganizationAccounts($accountId: ID!) {\n    discoverOrganizationAccounts(accountId: $accountId) {\n      awsAccountId\n      name\n      email\n      status\n      connected\n    }\n  }\n"): (typeof documents)["\n  query DiscoverOrganizationAccounts($accountId: ID!) {\n    discoverOrganizationAccounts(accountId: $accountId) {\n      awsAccountId\n      name\n      email\n      status\n      connected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationOnboarding($roleName: String) {\n    onboarding(roleName: $roleName) {\n      externalId\n      roleName\n      trustedPrincipalArn\n    }\n  }\n"): (typeof documents)["\n  query OrganizationOnboarding($roleName: String) {\n    onboarding(roleName: $roleName) {\n      externalId\n      roleName\n      trustedPrincipalArn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganizationAccounts($accountId: ID!, $memberIds: [String!]!, $roleName: String!) {\n    addOrganizationAccounts(accountId: $accountId, memberIds: $memberIds, roleName: $roleName) {\n      id\n      name\n      awsAccountId\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrganizationAccounts($accountId: ID!, $memberIds: [String!]!, $roleName: String!) {\n    addOrganizationAccounts(accountId: $accountId, memberIds: $memberIds, roleName: $roleName) {\n      id\n      name\n      awsAccountId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScanProgressLive($scanId: ID!) {\n    scanProgress(scanId: $scanId) {\n      scanId\n      status\n      phase\n      resourcesCollected\n      apiCalls\n      errors\n      percentage\n    }\n  }\n"): (typeof documents)["\n  subscription ScanProgressLive($scanId: ID!) {\n    scanProgress(scanId: $scanId) {\n      scanId\n      status\n      phase\n      resourcesCollected\n      apiCalls\n      errors\n      percentage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelScan($scanId: ID!) {\n    cancelScan(scanId: $scanId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelScan($scanId: ID!) {\n    cancelScan(scanId: $scanId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleScans($accountId: ID!, $cron: String) {\n    scheduleScans(accountId: $accountId, cron: $cron) {\n      id\n      scanSchedule\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleScans($accountId: ID!, $cron: String) {\n    scheduleScans(accountId: $accountId, cron: $cron) {\n      id\n      scanSchedule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScanHistory($accountId: ID!, $first: Int, $after: String) {\n    awsAccount(id: $accountId) {\n      id\n      name\n      awsAccountId\n    }\n    scans(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          queuedAt\n          startedAt\n          finishedAt\n          resourceCount\n          errorCount\n          failureReason\n          exportable\n          evaluation {\n            opened\n            reopened\n            resolved\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScanHistory($accountId: ID!, $first: Int, $after: String) {\n    awsAccount(id: $accountId) {\n      id\n      name\n      awsAccountId\n    }\n    scans(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          queuedAt\n          startedAt\n          finishedAt\n          resourceCount\n          errorCount\n          failureReason\n          exportable\n          evaluation {\n            opened\n            reopened\n            resolved\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScanErrors($id: ID!) {\n    scan(id: $id) {\n      id\n      errorCount\n      errors {\n        api\n        region\n        resourceArn\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScanErrors($id: ID!) {\n    scan(id: $id) {\n      id\n      errorCount\n      errors {\n        api\n        region\n        resourceArn\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportScanSnapshot($scanId: ID!, $destination: SnapshotDestination!) {\n    exportScanSnapshot(scanId: $scanId, destination: $destination) {\n      id\n      status\n      resourceCount\n    }\n  }\n"): (typeof documents)["\n  mutation ExportScanSnapshot($scanId: ID!, $destination: SnapshotDestination!) {\n    exportScanSnapshot(scanId: $scanId, destination: $destination) {\n      id\n      status\n      resourceCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SnapshotExportProgress($id: ID!) {\n    snapshotExport(id: $id) {\n      id\n      status\n      destination\n      resourceCount\n      byteSize\n      fileName\n      location\n      error\n    }\n  }\n"): (typeof documents)["\n  query SnapshotExportProgress($id: ID!) {\n    snapshotExport(id: $id) {\n      id\n      status\n      destination\n      resourceCount\n      byteSize\n      fileName\n      location\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SnapshotExportChunk($id: ID!, $offset: Int) {\n    snapshotExport(id: $id) {\n      id\n      content(offset: $offset) {\n        data\n        nextOffset\n      }\n    }\n  }\n"): (typeof documents)["\n  query SnapshotExportChunk($id: ID!, $offset: Int) {\n    snapshotExport(id: $id) {\n      id\n      content(offset: $offset) {\n        data\n        nextOffset\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SnapshotExportDestinations {\n    snapshotExportDestinations\n  }\n"): (typeof documents)["\n  query SnapshotExportDestinations {\n    snapshotExportDestinations\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSnapshotUpload {\n    startSnapshotUpload {\n      id\n      receivedBytes\n      maxBytes\n      maxChunkBytes\n    }\n  }\n"): (typeof documents)["\n  mutation StartSnapshotUpload {\n    startSnapshotUpload {\n      id\n      receivedBytes\n      maxBytes\n      maxChunkBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppendSnapshotUpload($uploadId: ID!, $offset: Int!, $data: String!) {\n    appendSnapshotUpload(uploadId: $uploadId, offset: $offset, data: $data) {\n      id\n      receivedBytes\n    }\n  }\n"): (typeof documents)["\n  mutation AppendSnapshotUpload($uploadId: ID!, $offset: Int!, $data: String!) {\n    appendSnapshotUpload(uploadId: $uploadId, offset: $offset, data: $data) {\n      id\n      receivedBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSnapshotAccount($input: AddSnapshotAccountInput!) {\n    addSnapshotAccount(input: $input) {\n      id\n      name\n      authMethod\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddSnapshotAccount($input: AddSnapshotAccountInput!) {\n    addSnapshotAccount(input: $input) {\n      id\n      name\n      authMethod\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceAccountSnapshot($accountId: ID!, $uploadId: ID!) {\n    replaceAccountSnapshot(accountId: $accountId, uploadId: $uploadId) {\n      id\n      name\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceAccountSnapshot($accountId: ID!, $uploadId: ID!) {\n    replaceAccountSnapshot(accountId: $accountId, uploadId: $uploadId) {\n      id\n      name\n      lastScan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          action\n          actorId\n          target\n          at\n          ip\n          userAgent\n          requestId\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          action\n          actorId\n          target\n          at\n          ip\n          userAgent\n          requestId\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      firstBrokenId\n      checkedCount\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      firstBrokenId\n      checkedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUser\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUser\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUser on User {\n    id\n    email\n    displayName\n    role\n    disabled\n    mfaEnrolled\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminUser on User {\n    id\n    email\n    displayName\n    role\n    disabled\n    mfaEnrolled\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($userId: ID!, $role: Role!) {\n    assignRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($userId: ID!, $role: Role!) {\n    assignRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetMfa($userId: ID!) {\n    resetMfa(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation ResetMfa($userId: ID!) {\n    resetMfa(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($email: String!, $role: Role!) {\n    inviteUser(email: $email, role: $role) {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($email: String!, $role: Role!) {\n    inviteUser(email: $email, role: $role) {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      createdAt\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationRules($first: Int, $after: String) {\n    notificationRules(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          minSeverity\n          recipients\n          enabled\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationRules($first: Int, $after: String) {\n    notificationRules(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          minSeverity\n          recipients\n          enabled\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {\n    createNotificationRule(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {\n    createNotificationRule(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotificationRule($id: ID!) {\n    deleteNotificationRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNotificationRule($id: ID!) {\n    deleteNotificationRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailDeliveries($first: Int, $after: String) {\n    emailDeliveries(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          recipient\n          subject\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailDeliveries($first: Int, $after: String) {\n    emailDeliveries(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          recipient\n          subject\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceReport($framework: ComplianceFramework!, $accountId: ID!) {\n    compliance(framework: $framework, accountId: $accountId) {\n      framework\n      accountId\n      scanId\n      evaluatedAt\n      score\n      passed\n      failed\n      manual\n      notApplicable\n      unknown\n      controls {\n        controlId\n        title\n        section\n        assessment\n        status\n        checkIds\n        passed\n        failed\n        muted\n        unknown\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceReport($framework: ComplianceFramework!, $accountId: ID!) {\n    compliance(framework: $framework, accountId: $accountId) {\n      framework\n      accountId\n      scanId\n      evaluatedAt\n      score\n      passed\n      failed\n      manual\n      notApplicable\n      unknown\n      controls {\n        controlId\n        title\n        section\n        assessment\n        status\n        checkIds\n        passed\n        failed\n        muted\n        unknown\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportFindings($format: ExportFormat!, $filter: FindingFilter) {\n    exportFindings(format: $format, filter: $filter) {\n      id\n      status\n      rowCount\n    }\n  }\n"): (typeof documents)["\n  mutation ExportFindings($format: ExportFormat!, $filter: FindingFilter) {\n    exportFindings(format: $format, filter: $filter) {\n      id\n      status\n      rowCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsExportProgress($id: ID!) {\n    findingsExport(id: $id) {\n      id\n      format\n      status\n      rowCount\n      byteSize\n      fileName\n    }\n  }\n"): (typeof documents)["\n  query FindingsExportProgress($id: ID!) {\n    findingsExport(id: $id) {\n      id\n      format\n      status\n      rowCount\n      byteSize\n      fileName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsExportChunk($id: ID!, $offset: Int) {\n    findingsExport(id: $id) {\n      id\n      content(offset: $offset) {\n        data\n        nextOffset\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingsExportChunk($id: ID!, $offset: Int) {\n    findingsExport(id: $id) {\n      id\n      content(offset: $offset) {\n        data\n        nextOffset\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingDetail($id: ID!) {\n    finding(id: $id) {\n      ...FindingsTable_finding\n      message\n      service\n      description\n      risk\n      references\n      remediation {\n        text\n        cli\n        terraform\n      }\n      compliance {\n        framework\n        controlId\n        title\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        scanId\n        actorEmail\n        note\n      }\n      muteRule {\n        id\n        reason\n        expiresAt\n        createdByEmail\n        mutedFindingCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingDetail($id: ID!) {\n    finding(id: $id) {\n      ...FindingsTable_finding\n      message\n      service\n      description\n      risk\n      references\n      remediation {\n        text\n        cli\n        terraform\n      }\n      compliance {\n        framework\n        controlId\n        title\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        scanId\n        actorEmail\n        note\n      }\n      muteRule {\n        id\n        reason\n        expiresAt\n        createdByEmail\n        mutedFindingCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingsTable_finding on Finding {\n    id\n    shortId\n    title\n    severity\n    status\n    checkId\n    resourceArn\n    region\n    accountId\n    firstSeenAt\n    lastSeenAt\n  }\n"): (typeof documents)["\n  fragment FindingsTable_finding on Finding {\n    id\n    shortId\n    title\n    severity\n    status\n    checkId\n    resourceArn\n    region\n    accountId\n    firstSeenAt\n    lastSeenAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Findings($filter: FindingFilter, $orderBy: FindingOrder, $first: Int, $after: String) {\n    findings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...FindingsTable_finding\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Findings($filter: FindingFilter, $orderBy: FindingOrder, $first: Int, $after: String) {\n    findings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...FindingsTable_finding\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingFacets($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      severity {\n        value\n        count\n      }\n      status {\n        value\n        count\n      }\n      service {\n        value\n        count\n      }\n      account {\n        value\n        count\n      }\n      check {\n        value\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingFacets($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      severity {\n        value\n        count\n      }\n      status {\n        value\n        count\n      }\n      service {\n        value\n        count\n      }\n      account {\n        value\n        count\n      }\n      check {\n        value\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteFindings($ids: [ID!]!, $reason: String!, $expiresAt: DateTime) {\n    muteFindings(ids: $ids, reason: $reason, expiresAt: $expiresAt) {\n      id\n      findingCount\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation MuteFindings($ids: [ID!]!, $reason: String!, $expiresAt: DateTime) {\n    muteFindings(ids: $ids, reason: $reason, expiresAt: $expiresAt) {\n      id\n      findingCount\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMuteRule($id: ID!) {\n    deleteMuteRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMuteRule($id: ID!) {\n    deleteMuteRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourcesTable_resource on Resource {\n    id\n    arn\n    kind\n    name\n    accountId\n    region\n    lastSeenAt\n    account {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ResourcesTable_resource on Resource {\n    id\n    arn\n    kind\n    name\n    accountId\n    region\n    lastSeenAt\n    account {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ResourcesTable_resource\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Resources($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ResourcesTable_resource\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryAccountOptions($first: Int) {\n    awsAccounts(first: $first) {\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryAccountOptions($first: Int) {\n    awsAccounts(first: $first) {\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      id\n      arn\n      kind\n      name\n      accountId\n      region\n      tags\n      config\n      firstSeenAt\n      lastSeenAt\n      deletedAt\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      id\n      arn\n      kind\n      name\n      accountId\n      region\n      tags\n      config\n      firstSeenAt\n      lastSeenAt\n      deletedAt\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceFindings($id: ID!, $first: Int, $after: String) {\n    resource(id: $id) {\n      id\n      findings(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            shortId\n            severity\n            status\n            lastSeenAt\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceFindings($id: ID!, $first: Int, $after: String) {\n    resource(id: $id) {\n      id\n      findings(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            shortId\n            severity\n            status\n            lastSeenAt\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceHistory($id: ID!, $first: Int, $after: String) {\n    resource(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            changeType\n            changedAt\n            changeCount\n            changes {\n              path\n              change\n              before\n              after\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceHistory($id: ID!, $first: Int, $after: String) {\n    resource(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            changeType\n            changedAt\n            changeCount\n            changes {\n              path\n              change\n              before\n              after\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthProviders {\n    authProviders {\n      google\n      password\n    }\n  }\n"): (typeof documents)["\n  query AuthProviders {\n    authProviders {\n      google\n      password\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExchangeLoginCode($code: String!) {\n    exchangeLoginCode(code: $code) {\n      ...SignInResult\n    }\n  }\n"): (typeof documents)["\n  mutation ExchangeLoginCode($code: String!) {\n    exchangeLoginCode(code: $code) {\n      ...SignInResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignInResult on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    mfaRequired\n    mfaToken\n    user {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment SignInResult on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    mfaRequired\n    mfaToken\n    user {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SignInResult\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SignInResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfa($mfaToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfa(mfaToken: $mfaToken, code: $code, recoveryCode: $recoveryCode) {\n      ...SignInResult\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMfa($mfaToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfa(mfaToken: $mfaToken, code: $code, recoveryCode: $recoveryCode) {\n      ...SignInResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MuteRulesTable_rule on MuteRule {\n    id\n    reason\n    checkIds\n    accountIds\n    regions\n    resourcePattern\n    tags {\n      key\n      value\n    }\n    findingCount\n    expiresAt\n    expired\n    mutedFindingCount\n    createdByEmail\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MuteRulesTable_rule on MuteRule {\n    id\n    reason\n    checkIds\n    accountIds\n    regions\n    resourcePattern\n    tags {\n      key\n      value\n    }\n    findingCount\n    expiresAt\n    expired\n    mutedFindingCount\n    createdByEmail\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MuteRules($filter: MuteRuleFilter, $first: Int, $after: String) {\n    muteRules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MuteRulesTable_rule\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MuteRules($filter: MuteRuleFilter, $first: Int, $after: String) {\n    muteRules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MuteRulesTable_rule\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MuteRuleChecks {\n    checks {\n      id\n      shortId\n      title\n    }\n  }\n"): (typeof documents)["\n  query MuteRuleChecks {\n    checks {\n      id\n      shortId\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMuteRule($input: CreateMuteRuleInput!) {\n    createMuteRule(input: $input) {\n      id\n      mutedFindingCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMuteRule($input: CreateMuteRuleInput!) {\n    createMuteRule(input: $input) {\n      id\n      mutedFindingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeverityCards_counts on FindingCounts {\n    critical\n    high\n    medium\n    low\n    info\n    total\n  }\n"): (typeof documents)["\n  fragment SeverityCards_counts on FindingCounts {\n    critical\n    high\n    medium\n    low\n    info\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsBreakdown($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      service {\n        value\n        count\n      }\n      account {\n        value\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingsBreakdown($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      service {\n        value\n        count\n      }\n      account {\n        value\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($filter: FindingFilter) {\n    findingCounts(filter: $filter) {\n      ...SeverityCards_counts\n    }\n    awsAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview($filter: FindingFilter) {\n    findingCounts(filter: $filter) {\n      ...SeverityCards_counts\n    }\n    awsAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          awsAccountId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostureTrend($accountId: ID!, $days: Int) {\n    postureTrend(accountId: $accountId, days: $days) {\n      scanId\n      evaluatedAt\n      passed\n      failed\n      muted\n      unknown\n      failedBySeverity {\n        severity\n        count\n      }\n      scores {\n        framework\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostureTrend($accountId: ID!, $days: Int) {\n    postureTrend(accountId: $accountId, days: $days) {\n      scanId\n      evaluatedAt\n      passed\n      failed\n      muted\n      unknown\n      failedBySeverity {\n        severity\n        count\n      }\n      scores {\n        framework\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertRaised($minSeverity: Severity) {\n    alertRaised(minSeverity: $minSeverity) {\n      id\n      kind\n      severity\n      raisedAt\n      finding {\n        id\n        title\n        resourceArn\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AlertRaised($minSeverity: Severity) {\n    alertRaised(minSeverity: $minSeverity) {\n      id\n      kind\n      severity\n      raisedAt\n      finding {\n        id\n        title\n        resourceArn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation SignOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;