/** The Istanbul bodies are the OpenAPI document's examples too: one story for docs and tests. */
export * from '../../apps/api/src/openapi/istanbul-examples';
