// Contracts shared by every part of the engine. The engine knows nothing of GraphQL, HTTP or the
// database: it takes bytes and a schema, and returns data.

// ── Reading ────────────────────────────────────────────────────────────────────────────────────────

/** Docmind's reading modes: text layer only, OCR every page, or text layer with OCR where it is missing. */
export type ReadingMode = 'pdf_only' | 'ocr_only' | 'ocr_pdf';

/** [x0, y0, x1, y1] in PDF points (1/72 inch), origin at the page's top-left corner, y growing down. */
export type Box = [number, number, number, number];

export interface Word {
  /** Stable within a document and reading configuration: `p<page>-w<index in reading order>`. */
  id: string;
  text: string;
  box: Box;
  /** 0-100. Text-layer words carry TEXT_LAYER_CONFIDENCE; OCR words the OCR engine's confidence. */
  confidence: number;
  /** Index of the word's line on its page (reading order). */
  line: number;
  /** Index of the word's block (paragraph/column region) on its page. */
  block: number;
}

export type PageSource = 'text' | 'ocr' | 'none';

export interface Page {
  /** 1-based. */
  number: number;
  /** Size after rotation, in `unit`. */
  width: number;
  height: number;
  unit: 'pt';
  /** Rotation that was applied to bring the page upright (0, 90, 180, 270). */
  rotation: number;
  source: PageSource;
  /** Words in reading order. */
  words: Word[];
  /** Set when this page could not be read; the rest of the document may still be fine. */
  error?: string;
}

export interface ReadOptions {
  mode?: ReadingMode;
  /** Tesseract language codes joined by '+', e.g. 'eng', 'spa', 'spa+eng'. */
  language?: string;
  signal?: AbortSignal;
}

export interface ReadResult {
  mimeType: string;
  pages: Page[];
  /** Full text in reading order: words joined by spaces, lines by '\n', pages by '\f'. */
  text: string;
}

/** A readable failure of the reader (bad, encrypted, oversized file...). Never a crash. */
export class ReadError extends Error {
  constructor(
    /** Machine code: EMPTY_FILE, UNSUPPORTED_TYPE, CORRUPT_FILE, ENCRYPTED, TOO_MANY_PAGES, TOO_MANY_PIXELS, TIMEOUT, OCR_FAILED */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

// ── Schemas ────────────────────────────────────────────────────────────────────────────────────────

export type ScalarType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'enum';
export type FieldType = ScalarType | 'object' | 'list' | 'catalog';

/** One node of the canonical field tree every dialect converts to and from. */
export interface FieldDef {
  name: string;
  description?: string;
  type: FieldType;
  required?: boolean;
  /** enum: the allowed values. */
  values?: string[];
  /** object: its children, in order. */
  fields?: FieldDef[];
  /** list: the element (a scalar type, an enum with values, or an object with fields). Its name is ignored. */
  items?: FieldDef;
  /** catalog: which catalog to match the extracted key values against (the catalogs issue fills this in). */
  catalog?: { catalogId: string; threshold?: number; method?: 'exact' | 'approximate' };
}

export interface SchemaDef {
  name?: string;
  description?: string;
  /** Ordered: Docmind reports fields in this order. */
  fields: FieldDef[];
}

// ── Extraction ─────────────────────────────────────────────────────────────────────────────────────

/** Documind's extraction modes: values only; values with confidence, flags and review; page images to a vision model. */
export type ExtractionMode = 'basic' | 'advanced' | 'vlm';

/** What a provider says about one leaf value before normalising, grounding and scoring. */
export interface RawLeaf {
  /** The value as printed in the document (or as the model wrote it). null when not found. */
  literal: string | null;
  /** Word ids the provider already knows the value came from (the offline provider does). */
  wordIds?: string[];
  /** Provider's own evidence that the value is right, 0..1 (candidate score, calibrated). */
  score?: number;
  /** Mean token log-probability of the value, when the model server reports logprobs. */
  logprob?: number;
}

/** Raw values shaped like the schema: leaves for scalars, objects for objects, arrays for lists. */
export type RawValue = RawLeaf | RawObject | RawValue[];
export interface RawObject {
  [field: string]: RawValue;
}

export interface Usage {
  pages: number;
  promptTokens: number;
  completionTokens: number;
  durationMs: number;
  model: string | null;
  provider: string;
}

export interface ProviderInput {
  schema: SchemaDef;
  pages: Page[];
  text: string;
  mode: ExtractionMode;
  prompt?: string;
  model?: string;
  language?: string;
  /** Renders a page (1-based) to an image for the vision path. */
  renderPage?: (page: number, dpi: number) => Promise<{ mimeType: string; data: Buffer }>;
  signal?: AbortSignal;
}

export interface ProviderOutput {
  values: RawObject;
  usage: Omit<Usage, 'pages' | 'durationMs' | 'provider'>;
}

export interface ExtractionProvider {
  readonly name: string;
  extract(input: ProviderInput): Promise<ProviderOutput>;
}

/** An error a provider raises; `transient` ones (429, 5xx, timeouts) are retried with backoff. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** A finished leaf value: literal + parsed, grounded to words, scored. */
export interface FieldValue {
  /** Dotted path with list indexes: `total`, `customer.name`, `line_items[0].qty`. */
  path: string;
  type: FieldType;
  literal: string | null;
  /** Normalised value: ISO date string, number, boolean, enum value, string; null when missing or unparsable. */
  parsed: unknown;
  /** 0-100. */
  confidence: number;
  /** Set in advanced/vlm mode when the field is required and below the review threshold (or missing). */
  flagged: boolean;
  wordIds: string[];
  page: number | null;
  box: Box | null;
  grounded: boolean;
}

export interface ExtractionOutput {
  /** Parsed values shaped like the schema (what clients consume). */
  results: Record<string, unknown>;
  fields: FieldValue[];
  /** Top-level field name → confidence 0-100 (Documind's needs_review_metadata.confidence_scores). */
  confidenceScores: Record<string, number>;
  /** Top-level field name → flagged (Documind's needs_review_metadata.review_flags). */
  reviewFlags: Record<string, boolean>;
  needsReview: boolean;
  usage: Usage;
}
