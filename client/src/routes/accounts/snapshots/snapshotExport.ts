import { graphql } from '../../../gql';

export const ExportScanSnapshotDocument = graphql(`
  mutation ExportScanSnapshot($scanId: ID!, $destination: SnapshotDestination!) {
    exportScanSnapshot(scanId: $scanId, destination: $destination) {
      id
      status
      resourceCount
    }
  }
`);

export const SnapshotExportProgressDocument = graphql(`
  query SnapshotExportProgress($id: ID!) {
    snapshotExport(id: $id) {
      id
      status
      destination
      resourceCount
      byteSize
      fileName
      location
      error
    }
  }
`);

export const SnapshotExportChunkDocument = graphql(`
  query SnapshotExportChunk($id: ID!, $offset: Int) {
    snapshotExport(id: $id) {
      id
      content(offset: $offset) {
        data
        nextOffset
      }
    }
  }
`);

export const SnapshotExportDestinationsDocument = graphql(`
  query SnapshotExportDestinations {
    snapshotExportDestinations
  }
`);
