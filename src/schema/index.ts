// Assembles the schema: each type file registers its types, queries and mutations on the builder.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import { describeGenerated } from './describe-generated.ts';
import './types/scalars.ts';
import './types/errors.ts';
import './types/sorting.ts';
import './types/organization.ts';
import './types/api-key.ts';
import './types/viewer.ts';
import './types/document.ts';
import './types/schema.ts';
import './types/extraction.ts';
import './types/review.ts';
import './types/skill.ts';
import './types/schema-generation.ts';
import './types/batch.ts';
import './types/catalog.ts';
import './types/webhook.ts';
import './types/subscriptions.ts';

builder.queryType({ description: 'Everything readable.' });
builder.mutationType({ description: 'Everything that changes data.' });

export const schema = lexicographicSortSchema(describeGenerated(builder.toSchema()));
