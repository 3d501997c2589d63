// Documind's two ways to a schema: from a sample document, or from a name and a description. Through
// the configured model when there is one, else the offline proposer; either way a validated schema
// the user can store and use unchanged.
import { proposeSchemaFromDescription, proposeSchemaFromDocument } from '../engine/offline/index.ts';
import { proposeSchemaWithModel } from '../engine/providers/openai-schema.ts';
import type { SchemaDef } from '../engine/types.ts';
import { getDocument } from './documents.ts';
import { ValidationError } from './errors.ts';
import { pagesFor } from './pages.ts';
import type { Actor } from './principal.ts';

function model(actor: Actor) {
  const m = actor.services.settings.model;
  return m.baseURL && m.model ? { baseURL: m.baseURL, apiKey: m.apiKey, model: m.model } : null;
}

export async function generateSchemaFromDocument(actor: Actor, documentId: string): Promise<{ schema: SchemaDef; source: string }> {
  const document = await getDocument(actor, documentId);
  if (!document.extractable) throw new ValidationError(`Document ${document.filename} (${document.mimeType}) cannot be read`, 'documentId');
  const { pages, text } = await pagesFor(actor.db, actor.services.storage, document, { mode: 'ocr_pdf', language: actor.services.settings.ocrLanguage });
  const m = model(actor);
  if (m) return { schema: await proposeSchemaWithModel(m, { documentText: text }), source: 'model' };
  return { schema: proposeSchemaFromDocument(pages), source: 'offline' };
}

export async function generateSchemaFromDescription(actor: Actor, name: string, description: string): Promise<{ schema: SchemaDef; source: string }> {
  if (!description.trim()) throw new ValidationError('A description is required', 'description');
  const m = model(actor);
  if (m) return { schema: await proposeSchemaWithModel(m, { name, description }), source: 'model' };
  return { schema: proposeSchemaFromDescription(name, description), source: 'offline' };
}
