/**
 * The OpenAPI 3.1 document at /api/openapi.json, generated from the zod
 * schemas the routes use (`z.toJSONSchema(schema, { io: "input" })` for what
 * clients send). Other parts add their endpoints with `addPath()`.
 */
import { z } from "zod";
import { builtinPaths } from "./paths.ts";
import type { OperationSpec } from "./spec.ts";

export type { OperationSpec, ParamSpec, ResponseSpec } from "./spec.ts";

const added = new Map<string, OperationSpec>();
const keyOf = (op: Pick<OperationSpec, "method" | "path">) => `${op.method} ${op.path}`;

/** Adds (or replaces) one operation of the document. */
export function addPath(op: OperationSpec): void {
  added.set(keyOf(op), op);
}

type Json = Record<string, unknown>;

/** JSON Schema of what a client sends or receives; named schemas (`.meta({id})`) become components. */
function schemaOf(s: z.ZodType, io: "input" | "output", components: Json): Json {
  const out = z.toJSONSchema(s, { io, target: "draft-2020-12", unrepresentable: "any" }) as Json;
  delete out.$schema;
  const defs = out.$defs as Json | undefined;
  delete out.$defs;
  if (defs) Object.assign(components, defs);
  const id = out.id as string | undefined;
  if (id) {
    delete out.id;
    components[id] = out;
    return { $ref: `#/components/schemas/${id}` };
  }
  return JSON.parse(JSON.stringify(out).replaceAll('"#/$defs/', '"#/components/schemas/'));
}

function parameters(op: OperationSpec, components: Json): Json[] {
  const list: Json[] = [];
  for (const p of op.params ?? []) {
    list.push({
      name: p.name,
      in: "path",
      required: true,
      description: p.description,
      schema: schemaOf(p.schema ?? z.string(), "input", components),
    });
  }
  if (op.query) {
    const obj = z.toJSONSchema(op.query, { io: "input", unrepresentable: "any" }) as {
      properties?: Record<string, Json>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(obj.properties ?? {})) {
      const { description, ...rest } = schema;
      list.push({ name, in: "query", required: (obj.required ?? []).includes(name), description, schema: rest });
    }
  }
  for (const h of op.headers ?? []) {
    list.push({
      name: h.name,
      in: "header",
      required: false,
      description: h.description,
      schema: schemaOf(h.schema ?? z.string(), "input", components),
    });
  }
  return list;
}

/** The whole document for a server at `baseUrl`. */
export function openApiDocument(baseUrl: string): Json {
  const ops = new Map<string, OperationSpec>();
  for (const op of builtinPaths()) ops.set(keyOf(op), op);
  for (const [k, op] of added) ops.set(k, op);
  const components: Json = {};
  const paths: Record<string, Json> = {};
  for (const op of [...ops.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const responses: Json = {};
    for (const [status, r] of Object.entries(op.responses)) {
      responses[status] = r.schema
        ? { description: r.description, content: { "application/json": { schema: schemaOf(r.schema, "output", components) } } }
        : { description: r.description };
    }
    const operation: Json = {
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.tags ? { tags: op.tags } : {}),
      operationId: `${op.method}${op.path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ""))}`,
      parameters: parameters(op, components),
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body, "input", components) } } } }
        : {}),
      responses,
      ...(op.security ? { security: op.security.map((s) => ({ [s]: [] })) } : {}),
    };
    paths[op.path] = { ...(paths[op.path] ?? {}), [op.method]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Satu Pintu — API Pemerintah Kabupaten Lebong",
      version: "1.0.0",
      description:
        "API layanan informasi publik (PPID) dan kalender hari kerja. Pesan kesalahan dalam Bahasa Indonesia. Permintaan tanpa cookie tidak memerlukan token CSRF.",
    },
    servers: [{ url: baseUrl }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        trackingSecret: { type: "apiKey", in: "header", name: "X-Tracking-Secret", description: "Kode rahasia permohonan" },
        session: { type: "apiKey", in: "cookie", name: "sp_sid", description: "Sesi petugas yang masuk" },
      },
    },
  };
}
