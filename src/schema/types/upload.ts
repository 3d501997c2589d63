import type { FileUpload } from 'graphql-upload-minimal';
import type { IncomingFile } from '../../resolvers/documents.ts';

/** graphql-upload-minimal's upload → the domain's incoming file, awaited only when its turn comes. */
export function uploadToIncomingFile(upload: Promise<FileUpload>): IncomingFile {
  return {
    open: async () => {
      const file = await upload;
      return { filename: file.filename, stream: file.createReadStream() };
    },
  };
}
