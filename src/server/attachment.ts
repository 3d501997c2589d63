// Content-Disposition for downloads, shared by every door that serves the original file.

/** RFC 6266 attachment header that keeps non-ASCII filenames. */
export function attachment(filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
