import { OpenAPIObject, ParameterObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import { CSV, FORMATS } from './csv-format';
import { csvOptions } from './csv-stream';
import { AnyListExport, CURSOR } from './list-export';
import { LIST_EXPORTS } from './list-exports';

const FORMAT_PARAMETER: ParameterObject = {
  name: 'format',
  in: 'query',
  required: false,
  description: 'csv: the rows as text/csv (docs/export.md), as `Accept: text/csv` asks; json unless given',
  schema: { type: 'string', enum: [...FORMATS] },
  example: 'csv',
};

/** /api/v1/negotiations/:trackId/rounds as OpenAPI writes it. */
const openApiPath = (route: string) => route.replace(/:(\w+)/g, '{$1}');

function jsonSchema(document: OpenAPIObject, response: ResponseObject): SchemaObject | undefined {
  const schema = response.content?.['application/json']?.schema as SchemaObject | ReferenceObject | undefined;
  if (schema && '$ref' in schema) return document.components?.schemas?.[schema.$ref.split('/').pop() as string] as SchemaObject | undefined;
  return schema;
}

/** The list's JSON example, written as its CSV answer would be. */
function csvExample(list: AnyListExport, example: unknown): string {
  const rows = example === undefined ? [] : list.rows(example);
  return stringify(rows.map((row) => list.table.record(row)), csvOptions(list.table));
}

/** Each list's 200 answer also in text/csv, with its columns and an example, and the `format` parameter that asks for it. */
export function withCsvAnswers(document: OpenAPIObject): OpenAPIObject {
  for (const list of LIST_EXPORTS) {
    const operation = document.paths[openApiPath(list.route)]?.get;
    const ok = operation?.responses['200'] as ResponseObject | undefined;
    if (!operation || !ok) continue;
    const json = jsonSchema(document, ok);
    const csv = {
      schema: { type: 'string', description: `columns: ${list.table.header.join(', ')} (docs/export.md)` } satisfies SchemaObject,
      example: csvExample(list, json?.example),
    };
    ok.content = { ...ok.content, [CSV]: csv };
    if (json?.properties?.[CURSOR.field]) {
      const link = { description: `in CSV, the next page: this request with ${CURSOR.param} set; absent on the last page`, schema: { type: 'string' } };
      ok.headers = { ...ok.headers, Link: link };
    }
    operation.parameters = [...(operation.parameters ?? []), FORMAT_PARAMETER];
  }
  return document;
}
