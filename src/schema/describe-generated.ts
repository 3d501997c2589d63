// Descriptions for the types the plugins generate (mutation results, connections, PageInfo, Node), so
// every type and field of the published schema is described.
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

const words = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const FIELD_TEXT: Record<string, string> = {
  data: 'What the mutation returns.',
  edges: 'The items of this page, each with its cursor.',
  pageInfo: 'Where this page sits, for fetching the next or previous one.',
  totalCount: 'How many items match, across all pages.',
  cursor: 'Opaque position of this item, for `after` / `before`.',
  node: 'The item.',
  id: 'Global id.',
  hasNextPage: 'More items follow.',
  hasPreviousPage: 'Items precede this page.',
  startCursor: 'Cursor of the first item of this page.',
  endCursor: 'Cursor of the last item of this page.',
};

export function describeGenerated(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const success = type.name.match(/^Mutation(\w+)Success$/);
    const result = type.name.match(/^Mutation(\w+)Result$/);
    if (!type.description) {
      if (success) type.description = `The ${words(success[1])} mutation succeeded.`;
      else if (result) type.description = `Result of the ${words(result[1])} mutation: its data, or a typed error.`;
      else if (type.name === 'PageInfo') type.description = 'Position of a page in a connection (Relay).';
      else if (type.name === 'Node') type.description = 'An object with a global id, fetchable with `node` / `nodes`.';
      else if (type.name.endsWith('ConnectionEdge')) type.description = 'An item in a page.';
      else if (type.name.endsWith('Connection')) type.description = 'A page of items (Relay connection).';
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) field.description ??= FIELD_TEXT[field.name] ?? null;
    }
  }
  return schema;
}
