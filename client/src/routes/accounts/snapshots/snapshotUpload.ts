import { graphql } from '../../../gql';

export const StartSnapshotUploadDocument = graphql(`
  mutation StartSnapshotUpload {
    startSnapshotUpload {
      id
      receivedBytes
      maxBytes
      maxChunkBytes
    }
  }
`);

export const AppendSnapshotUploadDocument = graphql(`
  mutation AppendSnapshotUpload($uploadId: ID!, $offset: Int!, $data: String!) {
    appendSnapshotUpload(uploadId: $uploadId, offset: $offset, data: $data) {
      id
      receivedBytes
    }
  }
`);

export const AddSnapshotAccountDocument = graphql(`
  mutation AddSnapshotAccount($input: AddSnapshotAccountInput!) {
    addSnapshotAccount(input: $input) {
      id
      name
      authMethod
      lastScan {
        id
        status
      }
    }
  }
`);

export const ReplaceAccountSnapshotDocument = graphql(`
  mutation ReplaceAccountSnapshot($accountId: ID!, $uploadId: ID!) {
    replaceAccountSnapshot(accountId: $accountId, uploadId: $uploadId) {
      id
      name
      lastScan {
        id
        status
      }
    }
  }
`);
