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
    "\n  mutation CreateCatalog($name: String!, $columns: [String!]!, $keyColumns: [String!]!, $outputColumns: [String!]) {\n    createCatalog(name: $name, columns: $columns, keyColumns: $keyColumns, outputColumns: $outputColumns) {\n      __typename ... on MutationCreateCatalogSuccess { data { id catalogId } } ... on Error { message }\n    }\n  }\n": typeof types.CreateCatalogDocument,
    "\n  mutation ImportRecords($catalogId: ID!, $file: Upload!, $format: CatalogFormat!, $mode: CatalogImportMode) {\n    importCatalogRecords(catalogId: $catalogId, file: $file, format: $format, mode: $mode) {\n      __typename ... on MutationImportCatalogRecordsSuccess { data { recordCount } } ... on Error { message }\n    }\n  }\n": typeof types.ImportRecordsDocument,
    "query Match($catalogId: ID!, $values: JSON!, $threshold: Float, $exactOnly: Boolean) { matchCatalog(catalogId: $catalogId, values: $values, threshold: $threshold, exactOnly: $exactOnly) }": typeof types.MatchDocument,
    "\n  query Viewer {\n    viewer {\n      scopes\n      organization { slug }\n      user { email }\n      key { prefix }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation UploadBase64($filename: String!, $base64: String!) {\n    uploadDocumentBase64(filename: $filename, base64: $base64) {\n      __typename\n      ... on MutationUploadDocumentBase64Success {\n        data { id documentId filename mimeType extractable size sha256 pageCount downloadUrl }\n      }\n      ... on Error { message code }\n    }\n  }\n": typeof types.UploadBase64Document,
    "\n  query Documents($first: Int, $after: String, $filter: DocumentFilter, $orderBy: DocumentOrder, $organizationId: ID) {\n    documents(first: $first, after: $after, filter: $filter, orderBy: $orderBy, organizationId: $organizationId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id filename mimeType size createdAt } }\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) { id filename pageCount }\n  }\n": typeof types.DocumentDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) { id ... on Document { filename } }\n  }\n": typeof types.NodeDocument,
    "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": typeof types.NodesDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id) {\n      __typename\n      ... on MutationDeleteDocumentSuccess { data { id } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { data { id revokedAt } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RevokeKeyDocument,
    "\n  mutation CreateKey($name: String!, $scopes: [Scope!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      __typename\n      ... on MutationCreateApiKeySuccess { data { key apiKey { id prefix scopes } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CreateKeyDocument,
    "\n  mutation UploadFiles($files: [Upload!]!) {\n    uploadDocuments(files: $files) {\n      __typename\n      ... on MutationUploadDocumentsSuccess { data { id documentId filename mimeType extractable size sha256 } }\n      ... on FileTooLargeError { filename limitBytes }\n      ... on UnsupportedFileError { filename mimeType }\n      ... on EmptyFileError { filename }\n      ... on TooManyFilesError { limit }\n      ... on Error { message code }\n    }\n  }\n": typeof types.UploadFilesDocument,
    "\n  mutation ExtractDocument($documentId: ID!, $input: ExtractInput!) {\n    extractDocument(documentId: $documentId, input: $input) {\n      __typename\n      ... on MutationExtractDocumentSuccess { data { id status } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n": typeof types.ExtractDocumentDocument,
    "\n  query Extraction($id: ID!) {\n    extraction(id: $id) {\n      id\n      status\n      error\n      attempts\n      mode\n      provider\n      model\n      results\n      finalResults\n      reviewedResults\n      needsReview\n      isReviewed\n      confidenceScores\n      reviewFlags\n      revision\n      completion\n      completionMessage\n      schema\n      usage { pages promptTokens completionTokens durationMs model provider }\n      fields { path name type literal parsed confidence flagged grounded wordIds page box }\n      reviews { changes comment reviewer { email } }\n      document { filename }\n    }\n  }\n": typeof types.ExtractionDocument,
    "\n  query Extractions($first: Int, $filter: ExtractionFilter, $orderBy: ExtractionOrder) {\n    extractions(first: $first, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { node { id status filename needsReview isReviewed createdAt } }\n    }\n  }\n": typeof types.ExtractionsDocument,
    "\n  mutation CreateSchema($name: String!, $definition: JSON!) {\n    createSchema(name: $name, definition: $definition) {\n      __typename\n      ... on MutationCreateSchemaSuccess { data { id currentVersion definition } }\n      ... on ValidationError { message path }\n    }\n  }\n": typeof types.CreateSchemaDocument,
    "\n  mutation UpdateSchema($id: ID!, $definition: JSON) {\n    updateSchema(id: $id, definition: $definition) {\n      __typename\n      ... on MutationUpdateSchemaSuccess { data { id currentVersion versions { version } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.UpdateSchemaDocument,
    "\n  mutation SubmitReview($extractionId: ID!, $corrections: [CorrectionInput!]!, $comment: String, $expectedRevision: Int) {\n    submitReview(extractionId: $extractionId, corrections: $corrections, comment: $comment, expectedRevision: $expectedRevision) {\n      __typename\n      ... on MutationSubmitReviewSuccess { data { id isReviewed reviewedResults finalResults results revision } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  mutation SetExtractionStatus($id: ID!, $status: CompletionMarker!, $message: String) {\n    setExtractionStatus(id: $id, status: $status, message: $message) {\n      __typename\n      ... on MutationSetExtractionStatusSuccess { data { id completion completionMessage lastUser { email } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.SetExtractionStatusDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 50) {\n      totalCount\n      edges { node { id fields { path confidence flagged box } } }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  subscription Events($filter: ExtractionEventFilter) {\n    extractionEvents(filter: $filter) { kind status extraction { id status results } }\n  }\n": typeof types.EventsDocument,
    "\n  subscription Updated($id: ID!) {\n    extractionUpdated(id: $id) { kind status }\n  }\n": typeof types.UpdatedDocument,
    "\n  subscription Reviewed($extractionId: ID) {\n    reviewCompleted(extractionId: $extractionId) { kind extraction { id isReviewed finalResults reviewedResults } }\n  }\n": typeof types.ReviewedDocument,
    "\n  mutation SetRetentionDays($days: Int!) {\n    setRetentionDays(days: $days) {\n      __typename\n      ... on MutationSetRetentionDaysSuccess { data { slug retentionDays } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n": typeof types.SetRetentionDaysDocument,
    "\n  subscription ScaleOutEvents($filter: ExtractionEventFilter) {\n    extractionEvents(filter: $filter) { kind status at extraction { id status } }\n  }\n": typeof types.ScaleOutEventsDocument,
    "\n  mutation ScaleOutCreateEndpoint($url: String!, $events: [WebhookEvent!]!) {\n    createWebhookEndpoint(url: $url, events: $events) { __typename }\n  }\n": typeof types.ScaleOutCreateEndpointDocument,
    "query Templates { templates { key name schema } }": typeof types.TemplatesDocument,
    "\n  mutation CreateSkill($input: SkillInput!) {\n    createSkill(input: $input) {\n      __typename\n      ... on MutationCreateSkillSuccess { data { id slug currentVersion current { schema mode reviewThreshold } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.CreateSkillDocument,
    "\n  mutation UpdateSkill($id: ID!, $input: SkillInput!) {\n    updateSkill(id: $id, input: $input) { __typename ... on MutationUpdateSkillSuccess { data { currentVersion versions { version } } } }\n  }\n": typeof types.UpdateSkillDocument,
    "mutation ArchiveSkill($id: ID!) { archiveSkill(id: $id) { __typename } }": typeof types.ArchiveSkillDocument,
    "query SkillVersionOf($id: ID!) { extraction(id: $id) { status skillVersion results mode reviewThreshold } }": typeof types.SkillVersionOfDocument,
    "\n  mutation FromDescription($name: String!, $description: String!) {\n    generateSchemaFromDescription(name: $name, description: $description) { __typename ... on MutationGenerateSchemaFromDescriptionSuccess { data { schema source } } }\n  }\n": typeof types.FromDescriptionDocument,
    "\n  mutation FromDocument($documentId: ID!) {\n    generateSchemaFromDocument(documentId: $documentId) { __typename ... on MutationGenerateSchemaFromDocumentSuccess { data { schema source } } }\n  }\n": typeof types.FromDocumentDocument,
    "\n  query BatchQuery($id: ID!) {\n    node(id: $id) { ... on Batch { id fileCount status counts { files pending processing completed failed } extractions { status error document { id filename } } } }\n  }\n": typeof types.BatchQueryDocument,
    "query Batches($createdBefore: DateTime) { batches(first: 10, createdBefore: $createdBefore) { totalCount edges { node { id name createdAt } } } }": typeof types.BatchesDocument,
    "subscription Progress($batchId: ID!) { batchProgress(batchId: $batchId) { kind counts { completed failed pending } extraction { status } } }": typeof types.ProgressDocument,
    "\n  mutation CreateGuardedEndpoint($url: String!, $events: [WebhookEvent!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { path }\n    }\n  }\n": typeof types.CreateGuardedEndpointDocument,
    "\n  mutation CreateWebhookEndpoint($url: String!, $events: [WebhookEvent!]!, $description: String) {\n    createWebhookEndpoint(url: $url, events: $events, description: $description) {\n      __typename\n      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url events active secretHint } } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on MutationRotateWebhookSecretSuccess { data { secret endpoint { id secretHint } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) {\n      __typename\n      ... on MutationRedeliverWebhookSuccess { data { id deliveryId status attempts } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $url: String, $active: Boolean, $events: [WebhookEvent!]) {\n    updateWebhookEndpoint(id: $id, url: $url, active: $active, events: $events) {\n      __typename\n      ... on MutationUpdateWebhookEndpointSuccess { data { id url active events } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { __typename ... on MutationDeleteWebhookEndpointSuccess { data { id } } ... on Error { message code } }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      totalCount\n      edges { node { id url secretHint deliveries(first: 50) { totalCount edges { node { deliveryId event status } } } } }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $event: WebhookEvent) {\n    webhookDeliveries(first: 100, endpointId: $endpointId, status: $status, event: $event) {\n      totalCount\n      edges { node { id deliveryId event payload status attempts nextAttemptAt lastStatusCode lastError deliveredAt endpoint { url } } }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation Archive($id: ID!, $archived: Boolean!) {\n    setExtractionArchived(id: $id, archived: $archived) { __typename ... on Error { message } }\n  }\n": typeof types.ArchiveDocument,
};
const documents: Documents = {
    "\n  mutation CreateCatalog($name: String!, $columns: [String!]!, $keyColumns: [String!]!, $outputColumns: [String!]) {\n    createCatalog(name: $name, columns: $columns, keyColumns: $keyColumns, outputColumns: $outputColumns) {\n      __typename ... on MutationCreateCatalogSuccess { data { id catalogId } } ... on Error { message }\n    }\n  }\n": types.CreateCatalogDocument,
    "\n  mutation ImportRecords($catalogId: ID!, $file: Upload!, $format: CatalogFormat!, $mode: CatalogImportMode) {\n    importCatalogRecords(catalogId: $catalogId, file: $file, format: $format, mode: $mode) {\n      __typename ... on MutationImportCatalogRecordsSuccess { data { recordCount } } ... on Error { message }\n    }\n  }\n": types.ImportRecordsDocument,
    "query Match($catalogId: ID!, $values: JSON!, $threshold: Float, $exactOnly: Boolean) { matchCatalog(catalogId: $catalogId, values: $values, threshold: $threshold, exactOnly: $exactOnly) }": types.MatchDocument,
    "\n  query Viewer {\n    viewer {\n      scopes\n      organization { slug }\n      user { email }\n      key { prefix }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation UploadBase64($filename: String!, $base64: String!) {\n    uploadDocumentBase64(filename: $filename, base64: $base64) {\n      __typename\n      ... on MutationUploadDocumentBase64Success {\n        data { id documentId filename mimeType extractable size sha256 pageCount downloadUrl }\n      }\n      ... on Error { message code }\n    }\n  }\n": types.UploadBase64Document,
    "\n  query Documents($first: Int, $after: String, $filter: DocumentFilter, $orderBy: DocumentOrder, $organizationId: ID) {\n    documents(first: $first, after: $after, filter: $filter, orderBy: $orderBy, organizationId: $organizationId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id filename mimeType size createdAt } }\n    }\n  }\n": types.DocumentsDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) { id filename pageCount }\n  }\n": types.DocumentDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) { id ... on Document { filename } }\n  }\n": types.NodeDocument,
    "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": types.NodesDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id) {\n      __typename\n      ... on MutationDeleteDocumentSuccess { data { id } }\n      ... on Error { message code }\n    }\n  }\n": types.DeleteDocumentDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { data { id revokedAt } }\n      ... on Error { message }\n    }\n  }\n": types.RevokeKeyDocument,
    "\n  mutation CreateKey($name: String!, $scopes: [Scope!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      __typename\n      ... on MutationCreateApiKeySuccess { data { key apiKey { id prefix scopes } } }\n      ... on Error { message }\n    }\n  }\n": types.CreateKeyDocument,
    "\n  mutation UploadFiles($files: [Upload!]!) {\n    uploadDocuments(files: $files) {\n      __typename\n      ... on MutationUploadDocumentsSuccess { data { id documentId filename mimeType extractable size sha256 } }\n      ... on FileTooLargeError { filename limitBytes }\n      ... on UnsupportedFileError { filename mimeType }\n      ... on EmptyFileError { filename }\n      ... on TooManyFilesError { limit }\n      ... on Error { message code }\n    }\n  }\n": types.UploadFilesDocument,
    "\n  mutation ExtractDocument($documentId: ID!, $input: ExtractInput!) {\n    extractDocument(documentId: $documentId, input: $input) {\n      __typename\n      ... on MutationExtractDocumentSuccess { data { id status } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n": types.ExtractDocumentDocument,
    "\n  query Extraction($id: ID!) {\n    extraction(id: $id) {\n      id\n      status\n      error\n      attempts\n      mode\n      provider\n      model\n      results\n      finalResults\n      reviewedResults\n      needsReview\n      isReviewed\n      confidenceScores\n      reviewFlags\n      revision\n      completion\n      completionMessage\n      schema\n      usage { pages promptTokens completionTokens durationMs model provider }\n      fields { path name type literal parsed confidence flagged grounded wordIds page box }\n      reviews { changes comment reviewer { email } }\n      document { filename }\n    }\n  }\n": types.ExtractionDocument,
    "\n  query Extractions($first: Int, $filter: ExtractionFilter, $orderBy: ExtractionOrder) {\n    extractions(first: $first, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { node { id status filename needsReview isReviewed createdAt } }\n    }\n  }\n": types.ExtractionsDocument,
    "\n  mutation CreateSchema($name: String!, $definition: JSON!) {\n    createSchema(name: $name, definition: $definition) {\n      __typename\n      ... on MutationCreateSchemaSuccess { data { id currentVersion definition } }\n      ... on ValidationError { message path }\n    }\n  }\n": types.CreateSchemaDocument,
    "\n  mutation UpdateSchema($id: ID!, $definition: JSON) {\n    updateSchema(id: $id, definition: $definition) {\n      __typename\n      ... on MutationUpdateSchemaSuccess { data { id currentVersion versions { version } } }\n      ... on Error { message }\n    }\n  }\n": types.UpdateSchemaDocument,
    "\n  mutation SubmitReview($extractionId: ID!, $corrections: [CorrectionInput!]!, $comment: String, $expectedRevision: Int) {\n    submitReview(extractionId: $extractionId, corrections: $corrections, comment: $comment, expectedRevision: $expectedRevision) {\n      __typename\n      ... on MutationSubmitReviewSuccess { data { id isReviewed reviewedResults finalResults results revision } }\n      ... on Error { message code }\n    }\n  }\n": types.SubmitReviewDocument,
    "\n  mutation SetExtractionStatus($id: ID!, $status: CompletionMarker!, $message: String) {\n    setExtractionStatus(id: $id, status: $status, message: $message) {\n      __typename\n      ... on MutationSetExtractionStatusSuccess { data { id completion completionMessage lastUser { email } } }\n      ... on Error { message code }\n    }\n  }\n": types.SetExtractionStatusDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 50) {\n      totalCount\n      edges { node { id fields { path confidence flagged box } } }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  subscription Events($filter: ExtractionEventFilter) {\n    extractionEvents(filter: $filter) { kind status extraction { id status results } }\n  }\n": types.EventsDocument,
    "\n  subscription Updated($id: ID!) {\n    extractionUpdated(id: $id) { kind status }\n  }\n": types.UpdatedDocument,
    "\n  subscription Reviewed($extractionId: ID) {\n    reviewCompleted(extractionId: $extractionId) { kind extraction { id isReviewed finalResults reviewedResults } }\n  }\n": types.ReviewedDocument,
    "\n  mutation SetRetentionDays($days: Int!) {\n    setRetentionDays(days: $days) {\n      __typename\n      ... on MutationSetRetentionDaysSuccess { data { slug retentionDays } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n": types.SetRetentionDaysDocument,
    "\n  subscription ScaleOutEvents($filter: ExtractionEventFilter) {\n    extractionEvents(filter: $filter) { kind status at extraction { id status } }\n  }\n": types.ScaleOutEventsDocument,
    "\n  mutation ScaleOutCreateEndpoint($url: String!, $events: [WebhookEvent!]!) {\n    createWebhookEndpoint(url: $url, events: $events) { __typename }\n  }\n": types.ScaleOutCreateEndpointDocument,
    "query Templates { templates { key name schema } }": types.TemplatesDocument,
    "\n  mutation CreateSkill($input: SkillInput!) {\n    createSkill(input: $input) {\n      __typename\n      ... on MutationCreateSkillSuccess { data { id slug currentVersion current { schema mode reviewThreshold } } }\n      ... on Error { message code }\n    }\n  }\n": types.CreateSkillDocument,
    "\n  mutation UpdateSkill($id: ID!, $input: SkillInput!) {\n    updateSkill(id: $id, input: $input) { __typename ... on MutationUpdateSkillSuccess { data { currentVersion versions { version } } } }\n  }\n": types.UpdateSkillDocument,
    "mutation ArchiveSkill($id: ID!) { archiveSkill(id: $id) { __typename } }": types.ArchiveSkillDocument,
    "query SkillVersionOf($id: ID!) { extraction(id: $id) { status skillVersion results mode reviewThreshold } }": types.SkillVersionOfDocument,
    "\n  mutation FromDescription($name: String!, $description: String!) {\n    generateSchemaFromDescription(name: $name, description: $description) { __typename ... on MutationGenerateSchemaFromDescriptionSuccess { data { schema source } } }\n  }\n": types.FromDescriptionDocument,
    "\n  mutation FromDocument($documentId: ID!) {\n    generateSchemaFromDocument(documentId: $documentId) { __typename ... on MutationGenerateSchemaFromDocumentSuccess { data { schema source } } }\n  }\n": types.FromDocumentDocument,
    "\n  query BatchQuery($id: ID!) {\n    node(id: $id) { ... on Batch { id fileCount status counts { files pending processing completed failed } extractions { status error document { id filename } } } }\n  }\n": types.BatchQueryDocument,
    "query Batches($createdBefore: DateTime) { batches(first: 10, createdBefore: $createdBefore) { totalCount edges { node { id name createdAt } } } }": types.BatchesDocument,
    "subscription Progress($batchId: ID!) { batchProgress(batchId: $batchId) { kind counts { completed failed pending } extraction { status } } }": types.ProgressDocument,
    "\n  mutation CreateGuardedEndpoint($url: String!, $events: [WebhookEvent!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { path }\n    }\n  }\n": types.CreateGuardedEndpointDocument,
    "\n  mutation CreateWebhookEndpoint($url: String!, $events: [WebhookEvent!]!, $description: String) {\n    createWebhookEndpoint(url: $url, events: $events, description: $description) {\n      __typename\n      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url events active secretHint } } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on MutationRotateWebhookSecretSuccess { data { secret endpoint { id secretHint } } }\n      ... on Error { message code }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) {\n      __typename\n      ... on MutationRedeliverWebhookSuccess { data { id deliveryId status attempts } }\n      ... on Error { message code }\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $url: String, $active: Boolean, $events: [WebhookEvent!]) {\n    updateWebhookEndpoint(id: $id, url: $url, active: $active, events: $events) {\n      __typename\n      ... on MutationUpdateWebhookEndpointSuccess { data { id url active events } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { __typename ... on MutationDeleteWebhookEndpointSuccess { data { id } } ... on Error { message code } }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      totalCount\n      edges { node { id url secretHint deliveries(first: 50) { totalCount edges { node { deliveryId event status } } } } }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $event: WebhookEvent) {\n    webhookDeliveries(first: 100, endpointId: $endpointId, status: $status, event: $event) {\n      totalCount\n      edges { node { id deliveryId event payload status attempts nextAttemptAt lastStatusCode lastError deliveredAt endpoint { url } } }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation Archive($id: ID!, $archived: Boolean!) {\n    setExtractionArchived(id: $id, archived: $archived) { __typename ... on Error { message } }\n  }\n": types.ArchiveDocument,
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
export function graphql(source: "\n  mutation CreateCatalog($name: String!, $columns: [String!]!, $keyColumns: [String!]!, $outputColumns: [String!]) {\n    createCatalog(name: $name, columns: $columns, keyColumns: $keyColumns, outputColumns: $outputColumns) {\n      __typename ... on MutationCreateCatalogSuccess { data { id catalogId } } ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCatalog($name: String!, $columns: [String!]!, $keyColumns: [String!]!, $outputColumns: [String!]) {\n    createCatalog(name: $name, columns: $columns, keyColumns: $keyColumns, outputColumns: $outputColumns) {\n      __typename ... on MutationCreateCatalogSuccess { data { id catalogId } } ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRecords($catalogId: ID!, $file: Upload!, $format: CatalogFormat!, $mode: CatalogImportMode) {\n    importCatalogRecords(catalogId: $catalogId, file: $file, format: $format, mode: $mode) {\n      __typename ... on MutationImportCatalogRecordsSuccess { data { recordCount } } ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRecords($catalogId: ID!, $file: Upload!, $format: CatalogFormat!, $mode: CatalogImportMode) {\n    importCatalogRecords(catalogId: $catalogId, file: $file, format: $format, mode: $mode) {\n      __typename ... on MutationImportCatalogRecordsSuccess { data { recordCount } } ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Match($catalogId: ID!, $values: JSON!, $threshold: Float, $exactOnly: Boolean) { matchCatalog(catalogId: $catalogId, values: $values, threshold: $threshold, exactOnly: $exactOnly) }"): (typeof documents)["query Match($catalogId: ID!, $values: JSON!, $threshold: Float, $exactOnly: Boolean) { matchCatalog(catalogId: $catalogId, values: $values, threshold: $threshold, exactOnly: $exactOnly) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      scopes\n      organization { slug }\n      user { email }\n      key { prefix }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      scopes\n      organization { slug }\n      user { email }\n      key { prefix }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadBase64($filename: String!, $base64: String!) {\n    uploadDocumentBase64(filename: $filename, base64: $base64) {\n      __typename\n      ... on MutationUploadDocumentBase64Success {\n        data { id documentId filename mimeType extractable size sha256 pageCount downloadUrl }\n      }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadBase64($filename: String!, $base64: String!) {\n    uploadDocumentBase64(filename: $filename, base64: $base64) {\n      __typename\n      ... on MutationUploadDocumentBase64Success {\n        data { id documentId filename mimeType extractable size sha256 pageCount downloadUrl }\n      }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($first: Int, $after: String, $filter: DocumentFilter, $orderBy: DocumentOrder, $organizationId: ID) {\n    documents(first: $first, after: $after, filter: $filter, orderBy: $orderBy, organizationId: $organizationId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id filename mimeType size createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query Documents($first: Int, $after: String, $filter: DocumentFilter, $orderBy: DocumentOrder, $organizationId: ID) {\n    documents(first: $first, after: $after, filter: $filter, orderBy: $orderBy, organizationId: $organizationId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id filename mimeType size createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Document($id: ID!) {\n    document(id: $id) { id filename pageCount }\n  }\n"): (typeof documents)["\n  query Document($id: ID!) {\n    document(id: $id) { id filename pageCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!) {\n    node(id: $id) { id ... on Document { filename } }\n  }\n"): (typeof documents)["\n  query Node($id: ID!) {\n    node(id: $id) { id ... on Document { filename } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n"): (typeof documents)["\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id) {\n      __typename\n      ... on MutationDeleteDocumentSuccess { data { id } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id) {\n      __typename\n      ... on MutationDeleteDocumentSuccess { data { id } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { data { id revokedAt } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { data { id revokedAt } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKey($name: String!, $scopes: [Scope!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      __typename\n      ... on MutationCreateApiKeySuccess { data { key apiKey { id prefix scopes } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKey($name: String!, $scopes: [Scope!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      __typename\n      ... on MutationCreateApiKeySuccess { data { key apiKey { id prefix scopes } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadFiles($files: [Upload!]!) {\n    uploadDocuments(files: $files) {\n      __typename\n      ... on MutationUploadDocumentsSuccess { data { id documentId filename mimeType extractable size sha256 } }\n      ... on FileTooLargeError { filename limitBytes }\n      ... on UnsupportedFileError { filename mimeType }\n      ... on EmptyFileError { filename }\n      ... on TooManyFilesError { limit }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadFiles($files: [Upload!]!) {\n    uploadDocuments(files: $files) {\n      __typename\n      ... on MutationUploadDocumentsSuccess { data { id documentId filename mimeType extractable size sha256 } }\n      ... on FileTooLargeError { filename limitBytes }\n      ... on UnsupportedFileError { filename mimeType }\n      ... on EmptyFileError { filename }\n      ... on TooManyFilesError { limit }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtractDocument($documentId: ID!, $input: ExtractInput!) {\n    extractDocument(documentId: $documentId, input: $input) {\n      __typename\n      ... on MutationExtractDocumentSuccess { data { id status } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n"): (typeof documents)["\n  mutation ExtractDocument($documentId: ID!, $input: ExtractInput!) {\n    extractDocument(documentId: $documentId, input: $input) {\n      __typename\n      ... on MutationExtractDocumentSuccess { data { id status } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Extraction($id: ID!) {\n    extraction(id: $id) {\n      id\n      status\n      error\n      attempts\n      mode\n      provider\n      model\n      results\n      finalResults\n      reviewedResults\n      needsReview\n      isReviewed\n      confidenceScores\n      reviewFlags\n      revision\n      completion\n      completionMessage\n      schema\n      usage { pages promptTokens completionTokens durationMs model provider }\n      fields { path name type literal parsed confidence flagged grounded wordIds page box }\n      reviews { changes comment reviewer { email } }\n      document { filename }\n    }\n  }\n"): (typeof documents)["\n  query Extraction($id: ID!) {\n    extraction(id: $id) {\n      id\n      status\n      error\n      attempts\n      mode\n      provider\n      model\n      results\n      finalResults\n      reviewedResults\n      needsReview\n      isReviewed\n      confidenceScores\n      reviewFlags\n      revision\n      completion\n      completionMessage\n      schema\n      usage { pages promptTokens completionTokens durationMs model provider }\n      fields { path name type literal parsed confidence flagged grounded wordIds page box }\n      reviews { changes comment reviewer { email } }\n      document { filename }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Extractions($first: Int, $filter: ExtractionFilter, $orderBy: ExtractionOrder) {\n    extractions(first: $first, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { node { id status filename needsReview isReviewed createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query Extractions($first: Int, $filter: ExtractionFilter, $orderBy: ExtractionOrder) {\n    extractions(first: $first, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { node { id status filename needsReview isReviewed createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchema($name: String!, $definition: JSON!) {\n    createSchema(name: $name, definition: $definition) {\n      __typename\n      ... on MutationCreateSchemaSuccess { data { id currentVersion definition } }\n      ... on ValidationError { message path }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchema($name: String!, $definition: JSON!) {\n    createSchema(name: $name, definition: $definition) {\n      __typename\n      ... on MutationCreateSchemaSuccess { data { id currentVersion definition } }\n      ... on ValidationError { message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchema($id: ID!, $definition: JSON) {\n    updateSchema(id: $id, definition: $definition) {\n      __typename\n      ... on MutationUpdateSchemaSuccess { data { id currentVersion versions { version } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchema($id: ID!, $definition: JSON) {\n    updateSchema(id: $id, definition: $definition) {\n      __typename\n      ... on MutationUpdateSchemaSuccess { data { id currentVersion versions { version } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($extractionId: ID!, $corrections: [CorrectionInput!]!, $comment: String, $expectedRevision: Int) {\n    submitReview(extractionId: $extractionId, corrections: $corrections, comment: $comment, expectedRevision: $expectedRevision) {\n      __typename\n      ... on MutationSubmitReviewSuccess { data { id isReviewed reviewedResults finalResults results revision } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReview($extractionId: ID!, $corrections: [CorrectionInput!]!, $comment: String, $expectedRevision: Int) {\n    submitReview(extractionId: $extractionId, corrections: $corrections, comment: $comment, expectedRevision: $expectedRevision) {\n      __typename\n      ... on MutationSubmitReviewSuccess { data { id isReviewed reviewedResults finalResults results revision } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExtractionStatus($id: ID!, $status: CompletionMarker!, $message: String) {\n    setExtractionStatus(id: $id, status: $status, message: $message) {\n      __typename\n      ... on MutationSetExtractionStatusSuccess { data { id completion completionMessage lastUser { email } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetExtractionStatus($id: ID!, $status: CompletionMarker!, $message: String) {\n    setExtractionStatus(id: $id, status: $status, message: $message) {\n      __typename\n      ... on MutationSetExtractionStatusSuccess { data { id completion completionMessage lastUser { email } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue(first: 50) {\n      totalCount\n      edges { node { id fields { path confidence flagged box } } }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    reviewQueue(first: 50) {\n      totalCount\n      edges { node { id fields { path confidence flagged box } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Events($filter: ExtractionEventFilter) {\n    extractionEvents(filter: $filter) { kind status extraction { id status results } }\n  }\n"): (typeof documents)["\n  subscription Events($filter: ExtractionEventFilter) {\n    extractionEvents(filter: $filter) { kind status extraction { id status results } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Updated($id: ID!) {\n    extractionUpdated(id: $id) { kind status }\n  }\n"): (typeof documents)["\n  subscription Updated($id: ID!) {\n    extractionUpdated(id: $id) { kind status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Reviewed($extractionId: ID) {\n    reviewCompleted(extractionId: $extractionId) { kind extraction { id isReviewed finalResults reviewedResults } }\n  }\n"): (typeof documents)["\n  subscription Reviewed($extractionId: ID) {\n    reviewCompleted(extractionId: $extractionId) { kind extraction { id isReviewed finalResults reviewedResults } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionDays($days: Int!) {\n    setRetentionDays(days: $days) {\n      __typename\n      ... on MutationSetRetentionDaysSuccess { data { slug retentionDays } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n"): (typeof documents)["\n  mutation SetRetentionDays($days: Int!) {\n    setRetentionDays(days: $days) {\n      __typename\n      ... on MutationSetRetentionDaysSuccess { data { slug retentionDays } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScaleOutEvents($filter: ExtractionEventFilter) {\n    extractionEvents(filter: $filter) { kind status at extraction { id status } }\n  }\n"): (typeof documents)["\n  subscription ScaleOutEvents($filter: ExtractionEventFilter) {\n    extractionEvents(filter: $filter) { kind status at extraction { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleOutCreateEndpoint($url: String!, $events: [WebhookEvent!]!) {\n    createWebhookEndpoint(url: $url, events: $events) { __typename }\n  }\n"): (typeof documents)["\n  mutation ScaleOutCreateEndpoint($url: String!, $events: [WebhookEvent!]!) {\n    createWebhookEndpoint(url: $url, events: $events) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Templates { templates { key name schema } }"): (typeof documents)["query Templates { templates { key name schema } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSkill($input: SkillInput!) {\n    createSkill(input: $input) {\n      __typename\n      ... on MutationCreateSkillSuccess { data { id slug currentVersion current { schema mode reviewThreshold } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSkill($input: SkillInput!) {\n    createSkill(input: $input) {\n      __typename\n      ... on MutationCreateSkillSuccess { data { id slug currentVersion current { schema mode reviewThreshold } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSkill($id: ID!, $input: SkillInput!) {\n    updateSkill(id: $id, input: $input) { __typename ... on MutationUpdateSkillSuccess { data { currentVersion versions { version } } } }\n  }\n"): (typeof documents)["\n  mutation UpdateSkill($id: ID!, $input: SkillInput!) {\n    updateSkill(id: $id, input: $input) { __typename ... on MutationUpdateSkillSuccess { data { currentVersion versions { version } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveSkill($id: ID!) { archiveSkill(id: $id) { __typename } }"): (typeof documents)["mutation ArchiveSkill($id: ID!) { archiveSkill(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SkillVersionOf($id: ID!) { extraction(id: $id) { status skillVersion results mode reviewThreshold } }"): (typeof documents)["query SkillVersionOf($id: ID!) { extraction(id: $id) { status skillVersion results mode reviewThreshold } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FromDescription($name: String!, $description: String!) {\n    generateSchemaFromDescription(name: $name, description: $description) { __typename ... on MutationGenerateSchemaFromDescriptionSuccess { data { schema source } } }\n  }\n"): (typeof documents)["\n  mutation FromDescription($name: String!, $description: String!) {\n    generateSchemaFromDescription(name: $name, description: $description) { __typename ... on MutationGenerateSchemaFromDescriptionSuccess { data { schema source } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FromDocument($documentId: ID!) {\n    generateSchemaFromDocument(documentId: $documentId) { __typename ... on MutationGenerateSchemaFromDocumentSuccess { data { schema source } } }\n  }\n"): (typeof documents)["\n  mutation FromDocument($documentId: ID!) {\n    generateSchemaFromDocument(documentId: $documentId) { __typename ... on MutationGenerateSchemaFromDocumentSuccess { data { schema source } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchQuery($id: ID!) {\n    node(id: $id) { ... on Batch { id fileCount status counts { files pending processing completed failed } extractions { status error document { id filename } } } }\n  }\n"): (typeof documents)["\n  query BatchQuery($id: ID!) {\n    node(id: $id) { ... on Batch { id fileCount status counts { files pending processing completed failed } extractions { status error document { id filename } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Batches($createdBefore: DateTime) { batches(first: 10, createdBefore: $createdBefore) { totalCount edges { node { id name createdAt } } } }"): (typeof documents)["query Batches($createdBefore: DateTime) { batches(first: 10, createdBefore: $createdBefore) { totalCount edges { node { id name createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Progress($batchId: ID!) { batchProgress(batchId: $batchId) { kind counts { completed failed pending } extraction { status } } }"): (typeof documents)["subscription Progress($batchId: ID!) { batchProgress(batchId: $batchId) { kind counts { completed failed pending } extraction { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGuardedEndpoint($url: String!, $events: [WebhookEvent!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { path }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGuardedEndpoint($url: String!, $events: [WebhookEvent!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($url: String!, $events: [WebhookEvent!]!, $description: String) {\n    createWebhookEndpoint(url: $url, events: $events, description: $description) {\n      __typename\n      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url events active secretHint } } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($url: String!, $events: [WebhookEvent!]!, $description: String) {\n    createWebhookEndpoint(url: $url, events: $events, description: $description) {\n      __typename\n      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url events active secretHint } } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on MutationRotateWebhookSecretSuccess { data { secret endpoint { id secretHint } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on MutationRotateWebhookSecretSuccess { data { secret endpoint { id secretHint } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) {\n      __typename\n      ... on MutationRedeliverWebhookSuccess { data { id deliveryId status attempts } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) {\n      __typename\n      ... on MutationRedeliverWebhookSuccess { data { id deliveryId status attempts } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $url: String, $active: Boolean, $events: [WebhookEvent!]) {\n    updateWebhookEndpoint(id: $id, url: $url, active: $active, events: $events) {\n      __typename\n      ... on MutationUpdateWebhookEndpointSuccess { data { id url active events } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($id: ID!, $url: String, $active: Boolean, $events: [WebhookEvent!]) {\n    updateWebhookEndpoint(id: $id, url: $url, active: $active, events: $events) {\n      __typename\n      ... on MutationUpdateWebhookEndpointSuccess { data { id url active events } }\n      ... on Error { message code }\n      ... on ValidationError { path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { __typename ... on MutationDeleteWebhookEndpointSuccess { data { id } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { __typename ... on MutationDeleteWebhookEndpointSuccess { data { id } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      totalCount\n      edges { node { id url secretHint deliveries(first: 50) { totalCount edges { node { deliveryId event status } } } } }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      totalCount\n      edges { node { id url secretHint deliveries(first: 50) { totalCount edges { node { deliveryId event status } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $event: WebhookEvent) {\n    webhookDeliveries(first: 100, endpointId: $endpointId, status: $status, event: $event) {\n      totalCount\n      edges { node { id deliveryId event payload status attempts nextAttemptAt lastStatusCode lastError deliveredAt endpoint { url } } }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $event: WebhookEvent) {\n    webhookDeliveries(first: 100, endpointId: $endpointId, status: $status, event: $event) {\n      totalCount\n      edges { node { id deliveryId event payload status attempts nextAttemptAt lastStatusCode lastError deliveredAt endpoint { url } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Archive($id: ID!, $archived: Boolean!) {\n    setExtractionArchived(id: $id, archived: $archived) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation Archive($id: ID!, $archived: Boolean!) {\n    setExtractionArchived(id: $id, archived: $archived) { __typename ... on Error { message } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;