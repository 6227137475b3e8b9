import { graphql } from '../../gql';

export const ExportFindingsDocument = graphql(`
  mutation ExportFindings($format: ExportFormat!, $filter: FindingFilter) {
    exportFindings(format: $format, filter: $filter) {
      id
      status
      rowCount
    }
  }
`);

export const FindingsExportProgressDocument = graphql(`
  query FindingsExportProgress($id: ID!) {
    findingsExport(id: $id) {
      id
      format
      status
      rowCount
      byteSize
      fileName
    }
  }
`);

export const FindingsExportChunkDocument = graphql(`
  query FindingsExportChunk($id: ID!, $offset: Int) {
    findingsExport(id: $id) {
      id
      content(offset: $offset) {
        data
        nextOffset
      }
    }
  }
`);
