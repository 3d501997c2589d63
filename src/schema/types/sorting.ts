import { builder } from '../builder.ts';

export const SortDirection = builder.enumType('SortDirection', {
  description: 'Ascending or descending.',
  values: { ASC: { value: 'asc', description: 'Smallest first.' }, DESC: { value: 'desc', description: 'Largest first.' } } as const,
});
