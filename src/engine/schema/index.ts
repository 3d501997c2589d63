export { SchemaValidationError, validateSchema, leaves, FIELD_TYPES } from './validate.ts';
export * from './dialects.ts';
export { toModelJsonSchema } from './model-schema.ts';
export { template, TEMPLATE_KEYS } from './templates.ts';
