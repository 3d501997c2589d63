// The GraphQL operations the API tests run, as typed documents (see codegen.ts).
import { graphql } from '../gql/index.ts';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      scopes
      organization { slug }
      user { email }
      key { prefix }
    }
  }
`);

export const UploadBase64 = graphql(`
  mutation UploadBase64($filename: String!, $base64: String!) {
    uploadDocumentBase64(filename: $filename, base64: $base64) {
      __typename
      ... on MutationUploadDocumentBase64Success {
        data { id documentId filename mimeType extractable size sha256 pageCount downloadUrl }
      }
      ... on Error { message code }
    }
  }
`);

export const DocumentsQuery = graphql(`
  query Documents($first: Int, $after: String, $filter: DocumentFilter, $orderBy: DocumentOrder, $organizationId: ID) {
    documents(first: $first, after: $after, filter: $filter, orderBy: $orderBy, organizationId: $organizationId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id filename mimeType size createdAt } }
    }
  }
`);

export const DocumentQuery = graphql(`
  query Document($id: ID!) {
    document(id: $id) { id filename pageCount }
  }
`);

export const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) { id ... on Document { filename } }
  }
`);

export const NodesQuery = graphql(`
  query Nodes($ids: [ID!]!) {
    nodes(ids: $ids) { id }
  }
`);

export const DeleteDocument = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id) {
      __typename
      ... on MutationDeleteDocumentSuccess { data { id } }
      ... on Error { message code }
    }
  }
`);

export const RevokeKey = graphql(`
  mutation RevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
      ... on MutationRevokeApiKeySuccess { data { id revokedAt } }
      ... on Error { message }
    }
  }
`);

export const CreateKey = graphql(`
  mutation CreateKey($name: String!, $scopes: [Scope!]!) {
    createApiKey(name: $name, scopes: $scopes) {
      __typename
      ... on MutationCreateApiKeySuccess { data { key apiKey { id prefix scopes } } }
      ... on Error { message }
    }
  }
`);

export const UploadFiles = graphql(`
  mutation UploadFiles($files: [Upload!]!) {
    uploadDocuments(files: $files) {
      __typename
      ... on MutationUploadDocumentsSuccess { data { id documentId filename mimeType extractable size sha256 } }
      ... on FileTooLargeError { filename limitBytes }
      ... on UnsupportedFileError { filename mimeType }
      ... on EmptyFileError { filename }
      ... on TooManyFilesError { limit }
      ... on Error { message code }
    }
  }
`);

export const ExtractDocument = graphql(`
  mutation ExtractDocument($documentId: ID!, $input: ExtractInput!) {
    extractDocument(documentId: $documentId, input: $input) {
      __typename
      ... on MutationExtractDocumentSuccess { data { id status } }
      ... on Error { message code }
      ... on ValidationError { path }
    }
  }
`);

export const ExtractionQuery = graphql(`
  query Extraction($id: ID!) {
    extraction(id: $id) {
      id
      status
      error
      attempts
      mode
      provider
      model
      results
      finalResults
      reviewedResults
      needsReview
      isReviewed
      confidenceScores
      reviewFlags
      revision
      completion
      completionMessage
      schema
      usage { pages promptTokens completionTokens durationMs model provider }
      fields { path name type literal parsed confidence flagged grounded wordIds page box }
      reviews { changes comment reviewer { email } }
      document { filename }
    }
  }
`);

export const ExtractionsQuery = graphql(`
  query Extractions($first: Int, $filter: ExtractionFilter, $orderBy: ExtractionOrder) {
    extractions(first: $first, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges { node { id status filename needsReview isReviewed createdAt } }
    }
  }
`);

export const CreateSchema = graphql(`
  mutation CreateSchema($name: String!, $definition: JSON!) {
    createSchema(name: $name, definition: $definition) {
      __typename
      ... on MutationCreateSchemaSuccess { data { id currentVersion definition } }
      ... on ValidationError { message path }
    }
  }
`);

export const UpdateSchema = graphql(`
  mutation UpdateSchema($id: ID!, $definition: JSON) {
    updateSchema(id: $id, definition: $definition) {
      __typename
      ... on MutationUpdateSchemaSuccess { data { id currentVersion versions { version } } }
      ... on Error { message }
    }
  }
`);

export const SubmitReview = graphql(`
  mutation SubmitReview($extractionId: ID!, $corrections: [CorrectionInput!]!, $comment: String, $expectedRevision: Int) {
    submitReview(extractionId: $extractionId, corrections: $corrections, comment: $comment, expectedRevision: $expectedRevision) {
      __typename
      ... on MutationSubmitReviewSuccess { data { id isReviewed reviewedResults finalResults results revision } }
      ... on Error { message code }
    }
  }
`);

export const SetExtractionStatus = graphql(`
  mutation SetExtractionStatus($id: ID!, $status: CompletionMarker!, $message: String) {
    setExtractionStatus(id: $id, status: $status, message: $message) {
      __typename
      ... on MutationSetExtractionStatusSuccess { data { id completion completionMessage lastUser { email } } }
      ... on Error { message code }
    }
  }
`);

export const ReviewQueue = graphql(`
  query ReviewQueue {
    reviewQueue(first: 50) {
      totalCount
      edges { node { id fields { path confidence flagged box } } }
    }
  }
`);
