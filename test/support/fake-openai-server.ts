// A protocol-faithful OpenAI-compatible server on loopback: POST /v1/chat/completions and GET /v1/models.
// It checks each request the way a strict server would (known model, strict json_schema response_format
// whose objects are closed and require every property, properties matching what the test expects, images
// as valid data URLs and only for vision models) and answers with realistic completions: JSON content built
// from a scripted answer or looked up in the document text it was sent, `usage`, and token logprobs when
// asked. It can fail the next N calls (429 with retry-after, 5xx, or a dropped connection) and records
// every request for assertions.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  body: any;
  headers: IncomingMessage['headers'];
  /** What was wrong with the request, if anything (the server answered 400/404). */
  problems: string[];
  /** The user message's text parts. */
  text: string;
  /** Number of valid image parts. */
  images: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

export type Answer = (request: any) => unknown;

export interface FakeOpenAIOptions {
  /** Builds the completion's JSON content from the request. Default: `answerFromText` (label lookup). */
  answer?: Answer;
  /** Models the server serves; others get 404 model_not_found. Default: any model. */
  models?: string[];
  /** Models that accept images; when set, an image sent to another model is a 400, and these need images. */
  visionModels?: string[];
  /** Top-level property names the response_format schema must have, in order. */
  expectProperties?: string[];
  /** Log-probability of each completion token. Default: -0.02 for tokens with digits, -0.001 otherwise. */
  logprob?: (token: string) => number;
}

export interface FakeOpenAI {
  url: string;
  requests: RecordedRequest[];
  answer: Answer;
  options: FakeOpenAIOptions;
  /** The next `times` completions fail with `status` (0: the connection is dropped without an answer). */
  failNext(status: number, times: number): void;
  /** The next `times` completions answer only after `ms` (to exercise client timeouts). */
  slowNext(ms: number, times: number): void;
  close(): Promise<void>;
}

/** Splits content into tokens the way a BPE tokenizer roughly would (word pieces and punctuation). */
export function tokenize(content: string): string[] {
  return content.match(/\s*[\p{L}]+|\d{1,3}|\s*[^\s\p{L}\p{N}]|\s+/gu) ?? [];
}

/** The user message's text (text mode) and how many valid images it carries (vision mode). */
export function promptOf(body: any): { text: string; images: number } {
  const user = (body.messages ?? []).find((m: any) => m.role === 'user');
  if (!user) return { text: '', images: 0 };
  if (typeof user.content === 'string') return { text: user.content, images: 0 };
  const parts: any[] = Array.isArray(user.content) ? user.content : [];
  return {
    text: parts.filter((p) => p.type === 'text').map((p) => p.text).join('\n'),
    images: parts.filter((p) => p.type === 'image_url' && validImage(p.image_url?.url)).length,
  };
}

/** A data URL whose bytes really are a PNG or JPEG. */
function validImage(url: unknown): boolean {
  const m = typeof url === 'string' ? url.match(/^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/) : null;
  if (!m) return false;
  const bytes = Buffer.from(m[2], 'base64');
  return m[1] === 'png' ? bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) : bytes[0] === 0xff && bytes[1] === 0xd8;
}

/** Strict structured outputs: every object closed and requiring all its properties, recursively. */
function strictProblems(schema: any, path: string): string[] {
  if (!schema || typeof schema !== 'object') return [`${path}: not a schema`];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const problems: string[] = [];
  if (types.includes('object')) {
    if (schema.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
    const props = Object.keys(schema.properties ?? {});
    if (JSON.stringify([...(schema.required ?? [])].sort()) !== JSON.stringify([...props].sort())) problems.push(`${path}: strict schema must require every property`);
    for (const p of props) problems.push(...strictProblems(schema.properties[p], `${path}.${p}`));
  }
  if (types.includes('array')) problems.push(...strictProblems(schema.items, `${path}[]`));
  return problems;
}

function check(body: any, options: FakeOpenAIOptions, images: number): { status: number; problems: string[] } {
  if (typeof body?.model !== 'string' || !body.model) return { status: 400, problems: ['model missing'] };
  if (options.models && !options.models.includes(body.model)) return { status: 404, problems: [`The model \`${body.model}\` does not exist`] };
  const problems: string[] = [];
  if (!Array.isArray(body.messages) || body.messages.length === 0) problems.push('messages missing');
  const rf = body.response_format;
  if (rf?.type !== 'json_schema' || !rf.json_schema?.schema || typeof rf.json_schema.name !== 'string') problems.push('response_format json_schema (name, schema) missing');
  else {
    const schema = rf.json_schema.schema;
    if (rf.json_schema.strict !== true) problems.push('json_schema.strict must be true');
    if (schema.type !== 'object') problems.push('schema must be an object');
    problems.push(...strictProblems(schema, 'schema'));
    if (options.expectProperties && JSON.stringify(Object.keys(schema.properties ?? {})) !== JSON.stringify(options.expectProperties)) {
      problems.push(`schema properties ${JSON.stringify(Object.keys(schema.properties ?? {}))} ≠ expected ${JSON.stringify(options.expectProperties)}`);
    }
  }
  const imageParts = (body.messages ?? []).flatMap((m: any) => (Array.isArray(m.content) ? m.content : [])).filter((p: any) => p.type === 'image_url').length;
  if (imageParts !== images) problems.push('image_url parts must be PNG or JPEG data URLs');
  if (options.visionModels) {
    const vision = options.visionModels.includes(body.model);
    if (vision && images === 0) problems.push(`vision model ${body.model} was sent no image`);
    if (!vision && imageParts > 0) problems.push(`model ${body.model} does not support image input`);
  }
  return { status: problems.length ? 400 : 200, problems };
}

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The default answer, as a model reading the text would give it: for each scalar property, the value
 * after a label that spells the property's name (`invoice_number` ← "Invoice number: INV-1"), copied
 * as printed; lists and unknown values empty / null.
 */
export const answerFromText: Answer = (body) => {
  const { text } = promptOf(body);
  const lines = text.split('\n');
  const fill = (schema: any): unknown => {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('object')) return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, lookup(k, v as any)]));
    return null;
  };
  const lookup = (name: string, schema: any): unknown => {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('array')) return [];
    if (types.includes('object')) return fill(schema);
    const label = words(name);
    for (const line of lines) {
      const m = line.match(/^\s*([^:]+):\s*(.+?)\s*$/);
      if (m && JSON.stringify(words(m[1])) === JSON.stringify(label)) return m[2];
    }
    return null;
  };
  return fill(body.response_format.json_schema.schema);
};

export async function startFakeOpenAI(optionsOrAnswer: FakeOpenAIOptions | Answer = {}): Promise<FakeOpenAI> {
  const options: FakeOpenAIOptions = typeof optionsOrAnswer === 'function' ? { answer: optionsOrAnswer } : optionsOrAnswer;
  const requests: RecordedRequest[] = [];
  let failures: { status: number; times: number } | null = null;
  let delays: { ms: number; times: number } | null = null;
  // Read at answer time, so a test can change it between calls.
  const logprob = (token: string) => (options.logprob ? options.logprob(token) : /\d/.test(token) ? -0.02 : -0.001);
  const fake = { requests, answer: options.answer ?? answerFromText, options } as FakeOpenAI;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${requests.length}`, ...headers });
    res.end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, message: string, type: string, code: string | null = null, headers: Record<string, string> = {}) =>
    send(res, status, { error: { message, type, param: null, code } }, headers);

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method === 'GET' && req.url === '/v1/models') {
      const ids = [...new Set([...(options.models ?? ['fake-model']), ...(options.visionModels ?? [])])];
      return send(res, 200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', created: 1700000000, owned_by: 'docsift-tests' })) });
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return error(res, 404, `Unknown request URL: ${req.method} ${req.url}`, 'invalid_request_error', 'unknown_url');
    let body: any;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return error(res, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error');
    }
    const { text, images } = promptOf(body);
    const { status, problems } = check(body, options, images);
    requests.push({ body, headers: req.headers, problems, text, images, at: Date.now() });
    if (failures && failures.times > 0) {
      failures.times--;
      if (failures.status === 0) return req.socket.destroy();
      if (failures.status === 429) return error(res, 429, 'Rate limit reached for requests. Please try again in 1s.', 'requests', 'rate_limit_exceeded', { 'retry-after': '1', 'x-ratelimit-remaining-requests': '0' });
      return error(res, failures.status, 'The server had an error while processing your request.', 'server_error');
    }
    if (delays && delays.times > 0) {
      delays.times--;
      await new Promise((resolve) => setTimeout(resolve, delays!.ms));
      if (res.destroyed) return;
    }
    if (status === 404) return error(res, 404, problems.join('; '), 'invalid_request_error', 'model_not_found');
    if (problems.length) return error(res, 400, problems.join('; '), 'invalid_request_error');

    const content = JSON.stringify(fake.answer(body));
    const tokens = tokenize(content);
    const promptTokens = Math.ceil(JSON.stringify(body.messages).length / 4) + images * 765;
    const topN = Number(body.top_logprobs ?? 0);
    send(res, 200, {
      id: `chatcmpl-fake${requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      system_fingerprint: 'fp_docsift',
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: { role: 'assistant', content, refusal: null, annotations: [] },
          logprobs: body.logprobs
            ? {
                content: tokens.map((token) => ({
                  token,
                  logprob: logprob(token),
                  bytes: [...Buffer.from(token)],
                  top_logprobs: topN > 0 ? [{ token, logprob: logprob(token), bytes: [...Buffer.from(token)] }] : [],
                })),
                refusal: null,
              }
            : null,
        },
      ],
      usage: { prompt_tokens: promptTokens, completion_tokens: tokens.length, total_tokens: promptTokens + tokens.length },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.failNext = (status, times) => {
    failures = { status, times };
  };
  fake.slowNext = (ms, times) => {
    delays = { ms, times };
  };
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
