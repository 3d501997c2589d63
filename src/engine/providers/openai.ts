// Any OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp) through the `openai` package:
// structured outputs from the field tree, page text in reading order with layout (text modes) or page
// images (vlm), token logprobs mapped to values, long documents chunked by pages and merged. The client's
// own retries are off: the extraction queue retries transient errors with its backoff.
import OpenAI from 'openai';
import { toModelJsonSchema } from '../schema/model-schema.ts';
import { ProviderError, type ExtractionProvider, type ProviderInput, type ProviderOutput, type RawObject, type SchemaDef } from '../types.ts';
import { attachLogprobs, type TokenLogprob } from './logprobs.ts';
import { mergeChunks } from './merge.ts';
import { chunkPages, pageText } from './page-text.ts';

export const NO_VISION_MODEL = 'no vision model configured: vlm extraction needs DOCSIFT_MODEL_BASE_URL and DOCSIFT_VISION_MODEL (or DOCSIFT_MODEL) pointing at a model that reads images';

export interface OpenAIProviderOptions {
  baseURL: string;
  apiKey?: string;
  model: string;
  /** Model for vlm mode; defaults to `model`. */
  visionModel?: string;
  timeoutMs?: number;
  /** Tokens of page text per request; longer documents are split by pages (≈ 4 characters a token). */
  maxContextTokens?: number;
  /** Resolution of page images sent in vlm mode. */
  visionDpi?: number;
  /** Page images per vlm request; longer documents are split and merged like text. */
  maxImagesPerRequest?: number;
}

const CHARS_PER_TOKEN = 4;
/** Room left in the budget for the instructions and the schema. */
const OVERHEAD_TOKENS = 1_000;

const SYSTEM = [
  'You extract structured data from business documents.',
  'Fill the JSON schema from the document. Copy every value exactly as it is printed (same digits, separators, currency marks and date format); do not convert or compute.',
  'Use null for a value the document does not contain. Lists hold one entry per row or item, in document order.',
].join(' ');

/** A transient error the server said when to retry (429/503 with retry-after); the queue may wait that long. */
export class RetryAfterError extends ProviderError {
  constructor(
    message: string,
    status: number,
    readonly retryAfterMs: number,
  ) {
    super(message, true, status);
  }
}

/** retry-after: seconds or an HTTP date; retry-after-ms (OpenAI's own) first. */
function retryAfterMs(headers: Headers | undefined): number | null {
  const ms = Number(headers?.get('retry-after-ms'));
  if (ms > 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
}

/** A failed call → ProviderError: transient (the queue retries) for 408/409/429, 5xx, timeouts, connection errors. */
export function classify(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return new ProviderError('The model call was cancelled', false);
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new ProviderError('The model server timed out', true);
  if (error instanceof OpenAI.APIConnectionError) return new ProviderError(`Cannot reach the model server: ${error.message}`, true);
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    const status = error.status;
    const transient = status === 408 || status === 409 || status === 429 || status >= 500;
    const message = `The model server answered ${status}: ${error.message}`;
    const wait = transient ? retryAfterMs(error.headers as Headers | undefined) : null;
    return wait !== null ? new RetryAfterError(message, status, wait) : new ProviderError(message, transient, status);
  }
  return new ProviderError(`Model call failed: ${(error as Error)?.message ?? String(error)}`, false);
}

interface CallResult {
  values: RawObject;
  promptTokens: number;
  completionTokens: number;
  model: string;
}

export function createOpenAIProvider(options: OpenAIProviderOptions): ExtractionProvider {
  const client = new OpenAI({ baseURL: options.baseURL, apiKey: options.apiKey || 'not-needed', maxRetries: 0, timeout: options.timeoutMs ?? 120_000 });
  const budgetChars = Math.max(1, (options.maxContextTokens ?? 24_000) - OVERHEAD_TOKENS) * CHARS_PER_TOKEN;

  async function call(model: string, schema: SchemaDef, content: string | OpenAI.Chat.ChatCompletionContentPart[], prompt: string | undefined, signal?: AbortSignal): Promise<CallResult> {
    let completion: OpenAI.Chat.ChatCompletion;
    try {
      completion = await client.chat.completions.create(
        {
          model,
          temperature: 0,
          logprobs: true,
          messages: [
            { role: 'system', content: prompt ? `${SYSTEM}\n\nInstructions: ${prompt}` : SYSTEM },
            { role: 'user', content },
          ],
          response_format: { type: 'json_schema', json_schema: { name: 'extraction', strict: true, schema: toModelJsonSchema(schema) } },
        },
        { signal },
      );
    } catch (error) {
      throw classify(error);
    }
    const choice = completion.choices[0];
    if (choice?.message?.refusal) throw new ProviderError(`The model refused: ${choice.message.refusal}`, false);
    const text = choice?.message?.content ?? '';
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Cut off by the token limit: another attempt may fit; anything else will not get better.
      throw new ProviderError(`The model did not return JSON (finish reason ${choice?.finish_reason ?? 'unknown'})`, choice?.finish_reason === 'length');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ProviderError('The model returned JSON that is not an object', false);
    return {
      values: attachLogprobs(text, parsed, choice.logprobs?.content as TokenLogprob[] | null | undefined) as RawObject,
      promptTokens: completion.usage?.prompt_tokens ?? 0,
      completionTokens: completion.usage?.completion_tokens ?? 0,
      model: completion.model || model,
    };
  }

  async function images(input: ProviderInput, pages: number[]): Promise<OpenAI.Chat.ChatCompletionContentPart[]> {
    if (!input.renderPage) throw new ProviderError('Page images are not available for vision extraction', false);
    const parts: OpenAI.Chat.ChatCompletionContentPart[] = [];
    for (const n of pages) {
      const img = await input.renderPage(n, options.visionDpi ?? 150);
      parts.push({ type: 'text', text: `Page ${n}:` }, { type: 'image_url', image_url: { url: `data:${img.mimeType};base64,${img.data.toString('base64')}`, detail: 'high' } });
    }
    return parts;
  }

  return {
    name: 'openai',
    async extract(input: ProviderInput): Promise<ProviderOutput> {
      const vision = input.mode === 'vlm';
      // Per-request model first, then the configured one for the mode.
      const model = input.model || (vision ? options.visionModel : undefined) || options.model;
      if (!model) throw new ProviderError(vision ? NO_VISION_MODEL : 'no model configured: set DOCSIFT_MODEL or name a model on the request', false);
      const calls: CallResult[] = [];
      if (vision) {
        const pageNumbers = input.pages.length ? input.pages.map((p) => p.number) : [1];
        const per = Math.max(1, options.maxImagesPerRequest ?? 8);
        for (let i = 0; i < pageNumbers.length; i += per) {
          const batch = pageNumbers.slice(i, i + per);
          const intro = `Pages ${batch[0]}-${batch.at(-1)} of a ${pageNumbers.length}-page document, as images.`;
          calls.push(await call(model, input.schema, [{ type: 'text', text: intro }, ...(await images(input, batch))], input.prompt, input.signal));
        }
      } else {
        for (const chunk of chunkPages(input.pages, budgetChars)) {
          const text = chunk.map((p) => `--- Page ${p.number} ---\n${pageText(p)}`).join('\n\n');
          calls.push(await call(model, input.schema, `Document text in reading order (spacing follows the layout):\n\n${text}`, input.prompt, input.signal));
        }
      }
      return {
        values: calls.length === 1 ? calls[0].values : mergeChunks(input.schema.fields, calls.map((c) => c.values), input.pages),
        usage: {
          promptTokens: calls.reduce((a, c) => a + c.promptTokens, 0),
          completionTokens: calls.reduce((a, c) => a + c.completionTokens, 0),
          model: calls[0]?.model ?? model,
        },
      };
    },
  };
}
