// The hosted APIs docsift serves wire-compatibly, each under its own prefix.
import { documind } from './documind/index.ts';

export const dialects = [documind];
