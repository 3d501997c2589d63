// Typed errors for mutation result unions (errors plugin). Each maps a domain error class.
import {
  ConflictError,
  EmptyFileError,
  FileTooLargeError,
  ForbiddenError,
  NotFoundError,
  TooManyFilesError,
  UnsupportedFileError,
  ValidationError,
} from '../../resolvers/errors.ts';
import { builder } from '../builder.ts';

export const ErrorInterface = builder.interfaceRef<Error & { code?: string }>('Error').implement({
  description: 'A failure the client can act on.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'Human-readable explanation.' }),
    code: t.string({ description: 'Machine-readable code.', resolve: (e) => e.code ?? 'ERROR' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The object does not exist or belongs to another organisation.',
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The API key lacks a scope this operation needs.',
  interfaces: [ErrorInterface],
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'An input is invalid.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ path: t.exposeString('path', { nullable: true, description: 'Where in the input the problem is.' }) }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'Someone else changed the object first; reload and retry.',
  interfaces: [ErrorInterface],
});

builder.objectType(FileTooLargeError, {
  name: 'FileTooLargeError',
  description: 'A file exceeds the per-file size limit; nothing of the request was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    filename: t.exposeString('filename', { description: 'The offending file.' }),
    limitBytes: t.exposeInt('limitBytes', { description: 'The limit (DOCSIFT_MAX_FILE_BYTES).' }),
  }),
});

builder.objectType(TooManyFilesError, {
  name: 'TooManyFilesError',
  description: 'The request carries more files than allowed; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ limit: t.exposeInt('limit', { description: 'The limit (DOCSIFT_MAX_FILES_PER_REQUEST).' }) }),
});

builder.objectType(UnsupportedFileError, {
  name: 'UnsupportedFileError',
  description: 'A file is not PDF, JPEG, PNG, TIFF or BMP (judged from its bytes); nothing of the request was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    filename: t.exposeString('filename', { description: 'The offending file.' }),
    mimeType: t.exposeString('mimeType', { description: 'What the bytes are.' }),
  }),
});

builder.objectType(EmptyFileError, {
  name: 'EmptyFileError',
  description: 'A file has no bytes; nothing of the request was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ filename: t.exposeString('filename', { description: 'The offending file.' }) }),
});

export const UPLOAD_ERRORS = [FileTooLargeError, TooManyFilesError, UnsupportedFileError, EmptyFileError, ValidationError];
