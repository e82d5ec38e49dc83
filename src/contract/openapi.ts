// The OpenAPI 3.1 document of the API, generated from the route table with zod's own JSON
// Schema output (draft 2020-12, the dialect of OpenAPI 3.1). Request schemas are written as
// the client sends them (io: input, defaults optional); responses as the server sends them,
// with the named schemas of the contract under components/schemas.

import { z } from 'zod';
import { contractSchemas } from './registry';
import { JSON_TYPE, type RouteAnswer, type RouteSpec } from './route';
import { ROUTES } from './routes';

type Json = Record<string, unknown>;

const COMPONENT = '#/components/schemas/';
/** Request schemas are written out in full: no names, so the input form is never confused with the output one. */
const NO_NAMES = z.registry<{ id: string }>();

export function openApiDocument(version: string, routes: readonly RouteSpec[] = ROUTES): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    const operations = paths[route.path] ?? {};
    operations[route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '1325 Action Plan API',
      version,
      description:
        'Work plans for SCR 1325 (Women, Peace and Security): offices, plans, targets, check-ins, dashboards, exports. Errors are application/problem+json (RFC 9457).',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    security: [{ entra: [] }, { devUser: [] }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        entra: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An Entra ID access token for the app registration (AUTH_MODE=entra).' },
        devUser: {
          type: 'apiKey',
          in: 'header',
          name: 'x-dev-user',
          description: 'Development only (AUTH_MODE=dev, bound to 127.0.0.1): the e-mail of the user to act as.',
        },
      },
    },
  };
}

function operation(route: RouteSpec): Json {
  const parameters: Json[] = [...pathParameters(route.path), ...queryParameters(route.query)];
  if (route.ifMatch) {
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The ETag read (its version); 428 without it, 412 when stale.',
      schema: { type: 'string' },
    });
  }
  const answers: Record<number, RouteAnswer> = { ...route.answers };
  if (!route.anonymous) answers[401] ??= { description: 'No valid identity' };
  return {
    operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    summary: route.summary,
    description: `Who may call it: ${route.access}.`,
    tags: [route.tag],
    ...(route.anonymous ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body ? { requestBody: requestBody(route.body) } : {}),
    responses: Object.fromEntries(Object.entries(answers).map(([status, answer]) => [status, response(answer)])),
  };
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 100 } }));
}

function queryParameters(query: z.ZodObject | undefined): Json[] {
  if (!query) return [];
  const schema = requestSchema(query);
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const properties = isJson(schema.properties) ? schema.properties : {};
  return Object.entries(properties).map(([name, property]) => ({ name, in: 'query', required: required.has(name), schema: property }));
}

function requestBody(body: NonNullable<RouteSpec['body']>): Json {
  const contentType = body.contentType ?? JSON_TYPE;
  return { required: body.required ?? true, content: { [contentType]: body.schema ? { schema: requestSchema(body.schema) } : {} } };
}

function response(answer: RouteAnswer): Json {
  if (!answer.schema && !answer.contentType) return { description: answer.description };
  const contentType = answer.contentType ?? JSON_TYPE;
  const schema = answer.schema ? responseSchema(answer.schema) : { type: 'string', contentMediaType: contentType };
  return { description: answer.description, content: { [contentType]: { schema } } };
}

function requestSchema(schema: z.ZodType): Json {
  return withoutDialect(z.toJSONSchema(schema, { io: 'input', metadata: NO_NAMES, unrepresentable: 'any' }));
}

/** A named schema by reference; any other with its named parts as references to the components. */
function responseSchema(schema: z.ZodType): Json {
  const name = contractSchemas.get(schema)?.id;
  if (name) return { $ref: `${COMPONENT}${name}` };
  const { $defs: _names, ...rest } = withoutDialect(z.toJSONSchema(schema, { io: 'output', metadata: contractSchemas, unrepresentable: 'any' }));
  return pointAtComponents(rest);
}

function componentSchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(contractSchemas, { io: 'output', unrepresentable: 'any', uri: (id) => `${COMPONENT}${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $id: _id, ...rest } = withoutDialect(schema);
      return [name, rest];
    }),
  );
}

function withoutDialect(schema: Json): Json {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

/** zod names the parts of a single schema #/$defs/X; in the document they are components. */
function pointAtComponents(value: unknown): Json {
  const text = JSON.stringify(value).replaceAll('"#/$defs/', `"${COMPONENT}`);
  const parsed: unknown = JSON.parse(text);
  return isJson(parsed) ? parsed : {};
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
