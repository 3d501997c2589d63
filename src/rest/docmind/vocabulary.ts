// Docmind's Spanish words for our states, and its date format.
import type { Prisma } from '../../db/client.ts';

type StateRow = { status: string; completion: string | null; needsReview: boolean; isReviewed: boolean };

export const ESTADOS = ['en cola', 'procesando', 'completado', 'incompleto', 'error'] as const;
export type Estado = (typeof ESTADOS)[number];

/**
 * A finished extraction is "incompleto" when someone marked it so, or when it awaits review and nobody
 * has marked it; otherwise "completado".
 */
export function estado(row: StateRow): Estado {
  switch (row.status) {
    case 'PENDING':
      return 'en cola';
    case 'PROCESSING':
      return 'procesando';
    case 'FAILED':
      return 'error';
    default:
      if (row.completion === 'INCOMPLETE') return 'incompleto';
      if (row.completion === 'COMPLETE') return 'completado';
      return row.needsReview && !row.isReviewed ? 'incompleto' : 'completado';
  }
}

/** The same rule as a filter, for `?status=completado,incompleto`. */
export function estadoWhere(estados: Estado[]): Prisma.ExtractionWhereInput {
  const one = (e: Estado): Prisma.ExtractionWhereInput => {
    switch (e) {
      case 'en cola':
        return { status: 'PENDING' };
      case 'procesando':
        return { status: 'PROCESSING' };
      case 'error':
        return { status: 'FAILED' };
      case 'incompleto':
        return { status: 'COMPLETED', OR: [{ completion: 'INCOMPLETE' }, { completion: null, needsReview: true, isReviewed: false }] };
      case 'completado':
        return { status: 'COMPLETED', OR: [{ completion: 'COMPLETE' }, { completion: null, OR: [{ needsReview: false }, { isReviewed: true }] }] };
    }
  };
  return { OR: estados.map(one) };
}

/** `2023-01-15T14:30:00.000000+00:00`: microseconds and an explicit UTC offset, as Docmind prints. */
export const fecha = (d: Date | null | undefined) => (d ? d.toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00') : null);

export const METODO = { exact: 'exacta', approximate: 'aproximada' } as const;
