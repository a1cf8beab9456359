import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, validRequest } from "../../../../test/ppid.ts";
import { listUnits } from "../../organisation/index.ts";
import { ppidRequests } from "../schema.ts";
import { openApiDocument } from "./openapi.ts";
import { API_LIMIT } from "./routes.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

const body = (over: Record<string, unknown> = {}) => ({
  ...validRequest(over),
  identityDocument: { filename: "ktp.png", contentBase64: pngBase64() },
});
const count = async () => (await t.p.db.select({ n: sql<number>`count(*)::int` }).from(ppidRequests))[0].n;

async function create() {
  const res = await t.agent().request("/api/v1/requests", { json: body(), headers: { origin: "" } });
  expect(res.status).toBe(201);
  return (await res.json()) as { number: string; status: string; due: string; trackingSecret: string; trackingUrl: string };
}

describe("the request API", () => {
  it("POST /api/v1/requests files a request: 201 with number, status, due date and the tracking secret", async () => {
    const j = await create();
    expect(j.number).toMatch(/^PPID-\d{4}-\d{6}$/);
    expect(j.status).toBe("TERREGISTRASI");
    expect(j.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(j.trackingUrl).toBe(`http://localhost:3000/ppid/lacak/${j.number}/${j.trackingSecret}`);
    const [row] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.number, j.number));
    expect(row.channel).toBe("api");
    expect(row.dueOn).toBe(j.due);
  });

  it("answers bad input with 400, messages per field in Bahasa Indonesia, and saves nothing", async () => {
    const before = await count();
    const res = await t.agent().request("/api/v1/requests", { json: { ...body(), name: "", accessMethods: [], email: "bukan" } });
    expect(res.status).toBe(400);
    const j = (await res.json()) as { error: string; message: string; fields: Record<string, string> };
    expect(j.error).toBe("validation_error");
    expect(j.fields.name).toMatch(/nama lengkap/i);
    expect(j.fields.accessMethods).toMatch(/cara memperoleh informasi/);
    expect(j.fields.email).toMatch(/email tidak valid/);
    const notJson = await t.agent().request("/api/v1/requests", { body: "nama=x", headers: { "content-type": "text/plain" } });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toBe("validation_error");
    const fake = await t.agent().request("/api/v1/requests", {
      json: {
        ...body(),
        identityDocument: { filename: "ktp.png", contentBase64: Buffer.from("bukan gambar sama sekali").toString("base64") },
      },
    });
    expect(fake.status).toBe(400);
    expect(((await fake.json()) as { fields: Record<string, string> }).fields.identityDocument).toMatch(/PDF, JPG, atau PNG/);
    expect(await count()).toBe(before);
  });

  it("GET /api/v1/requests/{number} answers the secret holder (header or query) and nobody else", async () => {
    const j = await create();
    const other = await create();
    const withHeader = await t.agent().request(`/api/v1/requests/${j.number}`, { headers: { "x-tracking-secret": j.trackingSecret } });
    expect(withHeader.status).toBe(200);
    expect(withHeader.headers.get("cache-control")).toContain("no-store");
    const s = (await withHeader.json()) as Record<string, unknown>;
    expect(s).toMatchObject({
      number: j.number,
      status: "TERREGISTRASI",
      statusLabel: "Terregistrasi",
      due: j.due,
      extended: false,
      decision: null,
    });
    expect((s.events as { kind: string }[]).map((e) => e.kind)).toEqual(expect.arrayContaining(["received", "registered"]));
    // Nothing about the requester beyond what they sent: no name, NIK, address, email, staff names.
    const text = JSON.stringify(s);
    for (const secretish of ["Siti", "1707015203900001", "Tubei", "siti@contoh.id", "actorName", "trackingHash"])
      expect(text).not.toContain(secretish);

    expect((await t.agent().request(`/api/v1/requests/${j.number}?secret=${j.trackingSecret}`)).status).toBe(200);
    const none = await t.agent().request(`/api/v1/requests/${j.number}`);
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ error: "not_found" });
    expect(
      (await t.agent().request(`/api/v1/requests/${j.number}`, { headers: { "x-tracking-secret": other.trackingSecret } })).status,
    ).toBe(404);
    expect(
      (await t.agent().request(`/api/v1/requests/PPID-2026-999999`, { headers: { "x-tracking-secret": j.trackingSecret } })).status,
    ).toBe(404);
  });

  it("staff read it by the policy ppid.request.read; a PPID Pelaksana of an OPD it is not assigned to cannot", async () => {
    const j = await create();
    const utama = await signInAs(t, { roles: [{ role: "ppid_utama" }] });
    const res = await utama.agent.request(`/api/v1/requests/${j.number}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { number: string }).number).toBe(j.number);
    const [unit] = await listUnits(t.p.db);
    const pelaksana = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: unit.id }] });
    expect((await pelaksana.agent.request(`/api/v1/requests/${j.number}`)).status).toBe(404);
    await t.p.db.update(ppidRequests).set({ unitId: unit.id }).where(eq(ppidRequests.number, j.number));
    expect((await pelaksana.agent.request(`/api/v1/requests/${j.number}`)).status).toBe(200);
  });

  it("serves an OpenAPI 3.1 document generated from the route schemas", async () => {
    const res = await t.agent().request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<
        string,
        Record<
          string,
          {
            responses: Record<string, unknown>;
            parameters: { name: string; in: string; required: boolean }[];
            requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
          }
        >
      >;
      components: {
        schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }>;
        securitySchemes: Record<string, unknown>;
      };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0].url).toBe("http://localhost:3000");
    for (const path of [
      "/api/v1/requests",
      "/api/v1/requests/{number}",
      "/api/v1/calendar/deadline",
      "/api/v1/register",
      "/api/v1/public-information",
    ]) {
      expect(doc.paths[path], path).toBeTruthy();
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        for (const m of path.matchAll(/\{(\w+)\}/g)) {
          expect(
            op.parameters.some((p) => p.in === "path" && p.name === m[1] && p.required),
            `${path} ${m[1]}`,
          ).toBe(true);
        }
      }
    }
    const reqBody = doc.paths["/api/v1/requests"].post.requestBody!.content["application/json"].schema as {
      required: string[];
      properties: Record<string, { enum?: string[]; minLength?: number }>;
    };
    expect(reqBody.required).toEqual(
      expect.arrayContaining(["requesterType", "name", "address", "occupation", "details", "purpose", "accessMethods"]),
    );
    expect(reqBody.properties.requesterType.enum).toEqual(["perorangan", "badan_hukum", "kelompok"]);
    expect(reqBody.properties.name.minLength).toBe(3);
    expect(reqBody.properties.identityDocument).toBeTruthy();
    expect(doc.paths["/api/v1/requests"].post.responses["201"]).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/RequestCreated" } } },
    });
    expect(doc.components.schemas.RequestCreated.required).toEqual(expect.arrayContaining(["number", "status", "due", "trackingSecret"]));
    expect(doc.components.schemas.RequestStatus.properties).toHaveProperty("events");
    const deadline = doc.paths["/api/v1/calendar/deadline"].get.parameters;
    expect(deadline.find((p) => p.name === "from")).toMatchObject({ in: "query", required: true });
    expect(deadline.find((p) => p.name === "workingDays")).toMatchObject({ in: "query", required: true });
    expect(deadline.find((p) => p.name === "time")).toMatchObject({ required: false });
    // Every $ref points at a schema the document defines.
    for (const m of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g))
      expect(doc.components.schemas).toHaveProperty(m[1]);
    expect(openApiDocument("https://ppid.lebongkab.go.id").servers).toEqual([{ url: "https://ppid.lebongkab.go.id" }]);
  });

  it("limits submissions per address: 429 JSON with Retry-After", async () => {
    let last: Response | null = null;
    for (let i = 0; i <= API_LIMIT.max; i++) {
      last = await t.agent().request("/api/v1/requests", { json: { name: "" } });
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await last!.json()).toMatchObject({ error: "rate_limited", message: expect.stringMatching(/Terlalu banyak permintaan/) });
  });
});
