/** What an OpenAPI 3.0 document leaves undescribed, as readable lines a test can expect to be empty. */
type Schema = {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  example?: unknown;
};
type Media = { schema?: Schema; example?: unknown };
type Operation = {
  parameters?: { name: string; in: string; description?: string }[];
  responses: Record<string, { content?: Record<string, Media> }>;
};
export type OpenApiSpec = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

/**
 * Where an example does not fit its schema: a wrong type, a value outside an enum, a required field
 * left out. Enough to catch a schema that says something else than the answer (a nullable text that
 * Swagger turned into an array, say), not a full JSON Schema validator.
 */
export function exampleMismatches(spec: OpenApiSpec, schema: Schema, value: unknown, at = '$'): string[] {
  const resolved = schema.$ref ? spec.components.schemas[schema.$ref.split('/').pop()!] : schema;
  const { type, nullable, allOf, anyOf, oneOf } = resolved;
  if (value === null && (nullable || (Array.isArray(type) && type.includes('null')))) return [];
  if (allOf) return allOf.flatMap((s) => exampleMismatches(spec, s, value, at));
  const branches = anyOf ?? oneOf;
  if (branches) return branches.some((s) => exampleMismatches(spec, s, value, at).length === 0) ? [] : [`${at}: fits none of its alternatives`];
  const types = type === undefined ? [] : [type].flat();
  const actual = typeOf(value);
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    return [`${at}: ${JSON.stringify(value)?.slice(0, 60)} is not ${types.join(' or ')}`];
  }
  if (resolved.enum && !resolved.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${resolved.enum.join(', ')}`];
  if (actual === 'array' && resolved.items) return (value as unknown[]).flatMap((v, i) => exampleMismatches(spec, resolved.items!, v, `${at}[${i}]`));
  if (actual !== 'object') return [];
  const fields = value as Record<string, unknown>;
  return [
    ...(resolved.required ?? []).filter((name) => !(name in fields)).map((name) => `${at}.${name}: required but missing`),
    ...Object.entries(resolved.properties ?? {}).flatMap(([name, s]) => (name in fields ? exampleMismatches(spec, s, fields[name], `${at}.${name}`) : [])),
  ];
}

const exampleOf = (spec: OpenApiSpec, { schema, example }: Media): unknown =>
  example ?? (schema?.$ref ? spec.components.schemas[schema.$ref.split('/').pop()!]?.example : schema?.example);

/**
 * Every operation without a success answer that has a schema and an example fitting it, and every
 * query parameter without a description: one line each, such as `get /api/v1/tension 200: no example`.
 */
export function undocumented(spec: OpenApiSpec): string[] {
  const gaps: string[] = [];
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const name = `${method} ${path}`;
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length === 0) gaps.push(`${name}: no success answer`);
      for (const [status, { content = {} }] of successes) {
        if (Object.keys(content).length === 0) gaps.push(`${name} ${status}: no body described`);
        for (const [type, media] of Object.entries(content)) {
          const example = exampleOf(spec, media);
          if (!media.schema) gaps.push(`${name} ${status} ${type}: no schema`);
          else if (example === undefined) gaps.push(`${name} ${status} ${type}: no example`);
          else gaps.push(...exampleMismatches(spec, media.schema, example).map((m) => `${name} ${status} ${type}: example ${m}`));
        }
      }
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'query' && !parameter.description) gaps.push(`${name}: query parameter ${parameter.name} not described`);
      }
    }
  }
  return gaps;
}
