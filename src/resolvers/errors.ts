// Domain errors. Each door translates them into its own shape: GraphQL (extensions.code), and each
// REST dialect's error body. `status` is the HTTP status class the error belongs to.

export class DomainError extends Error {
  readonly code: string = 'INTERNAL';
  readonly status: number = 500;
}

export class UnauthenticatedError extends DomainError {
  override readonly code = 'UNAUTHENTICATED';
  override readonly status = 401;
  constructor(
    message = 'Invalid or missing API key',
    /** The key exists but was revoked (DocParse answers that with 403). */
    readonly revoked = false,
  ) {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  override readonly code = 'FORBIDDEN';
  override readonly status = 403;
}

/** Also what another organisation's id gets: "not found" never leaks existence. */
export class NotFoundError extends DomainError {
  override readonly code = 'NOT_FOUND';
  override readonly status = 404;
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} not found` : `${what} not found`);
  }
}

export class ValidationError extends DomainError {
  override readonly code = 'BAD_USER_INPUT';
  override readonly status = 400;
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

export class FileTooLargeError extends DomainError {
  override readonly code = 'FILE_TOO_LARGE';
  override readonly status = 413;
  constructor(
    readonly filename: string,
    readonly limitBytes: number,
  ) {
    super(`File ${filename} is larger than the ${limitBytes >= 1048576 ? `${Math.round(limitBytes / 1048576)} MB` : `${Math.round(limitBytes / 1024)} KB`} limit`);
  }
}

export class TooManyFilesError extends DomainError {
  override readonly code = 'TOO_MANY_FILES';
  override readonly status = 413;
  constructor(readonly limit: number) {
    super(`At most ${limit} files per request`);
  }
}

export class UnsupportedFileError extends DomainError {
  override readonly code = 'UNSUPPORTED_FILE_TYPE';
  override readonly status = 400;
  constructor(
    readonly filename: string,
    readonly mimeType: string,
  ) {
    super(`File ${filename} is not a supported type (${mimeType}); accepted: PDF, JPEG, PNG, TIFF, BMP`);
  }
}

export class EmptyFileError extends DomainError {
  override readonly code = 'EMPTY_FILE';
  override readonly status = 400;
  constructor(readonly filename: string) {
    super(`File ${filename} is empty`);
  }
}

export class ConflictError extends DomainError {
  override readonly code = 'CONFLICT';
  override readonly status = 409;
}
