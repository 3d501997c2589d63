// A lazily started, reused pool of tesseract.js workers (never one per page). Language data comes from
// the npm packages @tesseract.js-data/{eng,spa}: without a local langPath tesseract.js would try a CDN.
// A worker that times out or crashes is terminated and replaced; only its page fails.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createWorker, OEM, PSM, type RecognizeOptions, type Worker, type WorkerParams } from 'tesseract.js';
import { ReadError } from '../types.ts';
import { withTimeout } from '../read/limits.ts';

const require = createRequire(import.meta.url);
const SUPPORTED = ['eng', 'spa'] as const;

/** One folder holding every language's .traineddata.gz, so 'spa+eng' resolves. */
function langPath(): string {
  const dir = path.join(os.tmpdir(), 'docsift-tessdata-4.0.0');
  mkdirSync(dir, { recursive: true });
  for (const lang of SUPPORTED) {
    const file = path.join(dir, `${lang}.traineddata.gz`);
    if (!existsSync(file)) {
      const source = path.join(require(`@tesseract.js-data/${lang}`).langPath as string, `${lang}.traineddata.gz`);
      try {
        symlinkSync(source, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  }
  return dir;
}

export function checkLanguage(language: string) {
  const parts = language.split('+');
  const unknown = parts.filter((p) => !(SUPPORTED as readonly string[]).includes(p));
  if (!parts.length || unknown.length) throw new ReadError('UNSUPPORTED_LANGUAGE', `OCR language "${language}" is not available; use ${SUPPORTED.join(', ')} or combinations like spa+eng`);
}

export interface OcrWord {
  text: string;
  /** Pixels. */
  bbox: { x0: number; y0: number; x1: number; y1: number };
  confidence: number;
  /** The reading's line the word is on (words of one line share it). */
  line?: number;
}

/** Median height (px) of the words read with confidence, or null with too few to tell. */
export function medianWordHeight(words: OcrWord[]): number | null {
  const heights = words.filter((w) => w.confidence >= 60).map((w) => w.bbox.y1 - w.bbox.y0).sort((a, b) => a - b);
  return heights.length >= 5 ? heights[Math.floor(heights.length / 2)] : null;
}

interface Slot {
  worker: Worker;
  language: string;
  busy: boolean;
  failed: boolean;
}

const WORKER_START_TIMEOUT_MS = 60_000;

export class OcrPool {
  private slots: Slot[] = [];
  private waiters: (() => void)[] = [];
  private starting = 0;

  constructor(readonly size: number) {}

  private async start(language: string): Promise<Slot> {
    const slot = { language, busy: true, failed: false } as Slot;
    this.starting++;
    try {
      slot.worker = await withTimeout(
        createWorker(language, OEM.LSTM_ONLY, {
          langPath: langPath(),
          gzip: true,
          cacheMethod: 'none',
          // Without a handler a bad image kills the process; with it, the failure stays on this worker.
          errorHandler: () => {
            slot.failed = true;
          },
        }),
        WORKER_START_TIMEOUT_MS,
        'Starting an OCR worker',
      );
    } finally {
      this.starting--;
    }
    this.slots.push(slot);
    return slot;
  }

  private async acquire(language: string): Promise<Slot> {
    for (;;) {
      const idle = this.slots.find((s) => !s.busy && s.language === language) ?? this.slots.find((s) => !s.busy);
      if (idle) {
        idle.busy = true;
        if (idle.language !== language) {
          await idle.worker.reinitialize(language, OEM.LSTM_ONLY);
          idle.language = language;
        }
        return idle;
      }
      if (this.slots.length + this.starting < this.size) return this.start(language);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private release(slot: Slot, broken: boolean) {
    if (broken) {
      this.slots = this.slots.filter((s) => s !== slot);
      void slot.worker.terminate().catch(() => {});
    } else slot.busy = false;
    this.waiters.shift()?.();
  }

  /** Runs `job` on a worker for `language`; a worker that times out or fails is replaced. */
  private async run<T>(language: string, timeoutMs: number, what: string, job: (worker: Worker) => Promise<T>): Promise<T> {
    checkLanguage(language);
    const slot = await this.acquire(language);
    let broken = false;
    try {
      return await withTimeout(job(slot.worker), timeoutMs, what, () => {
        broken = true;
      });
    } catch (error) {
      broken = true;
      if (error instanceof ReadError) throw error;
      throw new ReadError('OCR_FAILED', `OCR failed: ${(error as Error)?.message ?? String(error)}`);
    } finally {
      this.release(slot, broken || slot.failed);
    }
  }

  /**
   * Recognises one image (PNG/JPEG bytes); words with pixel boxes and 0-100 confidence. A page is read as
   * one block of text (tesseract's API default, stated here so it stays a choice): measured on the 40
   * SROIE dev receipts against it (77.5% field accuracy), full layout analysis (PSM 3) 66.3% and a single
   * column of variable sizes (PSM 4) 65.6% split a receipt's rows and lost lines; Sauvola binarisation
   * (thresholding_method 2) 70.6%; black-listing symbols receipts never print, or leaving out the
   * dictionaries, changed nothing.
   */
  recognize(image: Buffer, language: string, timeoutMs: number): Promise<OcrWord[]> {
    return this.words(image, language, timeoutMs, 'OCR of a page', { tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
  }

  /**
   * Recognises a strip of one line, with no layout analysis (which may have dropped it), or of a few
   * lines: then as one block turned straight first (a strip of curled paper leans its own way).
   */
  recognizeStrip(image: Buffer, language: string, timeoutMs: number, lines: 'one' | 'few'): Promise<OcrWord[]> {
    // Parameters given to one recognize() are put back after it.
    const options = lines === 'one' ? { tessedit_pageseg_mode: PSM.SINGLE_LINE } : { tessedit_pageseg_mode: PSM.SINGLE_BLOCK, rotateAuto: true };
    return this.words(image, language, timeoutMs, 'OCR of a strip', options);
  }

  private async words(image: Buffer, language: string, timeoutMs: number, what: string, options: Partial<WorkerParams & RecognizeOptions>): Promise<OcrWord[]> {
    // tesseract.js passes any option that is not its own to tesseract for this call (its typings omit it).
    const result = await this.run(language, timeoutMs, what, (worker) => worker.recognize(image, options as Partial<RecognizeOptions>, { blocks: true, text: false }));
    const words: OcrWord[] = [];
    let n = 0;
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          n++;
          for (const w of line.words) words.push({ text: w.text, bbox: w.bbox, confidence: w.confidence, line: n });
        }
      }
    }
    return words;
  }

  /**
   * The text's skew in radians, clockwise positive (image y down): tesseract's line finding only, no
   * recognition (~0.15 s for a receipt). Below ~0.3° tesseract.js reports 0.
   */
  async skew(image: Buffer, language: string, timeoutMs: number): Promise<number> {
    // With no output asked for (text is the only default), tesseract.js stops after finding the lines.
    const result = await this.run(language, timeoutMs, 'Measuring the skew of a page', (worker) => worker.recognize(image, { rotateAuto: true }, { text: false }));
    return result.data.rotateRadians ?? 0;
  }

  async shutdown() {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => {})));
  }
}

let poolSize = Math.max(1, os.cpus().length || 1);
let shared: OcrPool | null = null;

/** Sizes the shared pool (DOCSIFT_OCR_WORKERS); applies to the next pool started. */
export function configureOcr(options: { workers: number }) {
  poolSize = Math.max(1, Math.floor(options.workers));
}

export const ocrPool = () => (shared ??= new OcrPool(poolSize));

export async function shutdownOcr() {
  const pool = shared;
  shared = null;
  await pool?.shutdown();
}
