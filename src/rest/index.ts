// The hosted APIs docsift serves wire-compatibly, each under its own prefix.
import { docmind } from './docmind/index.ts';
import { docparse } from './docparse/index.ts';
import { documind } from './documind/index.ts';

export const dialects = [documind, docmind, docparse];
