import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { type RateLimiter, throttle } from "../../../platform/http/rate-limit.ts";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { can } from "../../access/index.ts";
import { trackingMatches } from "../case.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { findRequestByRef, isRequester, requestEvents } from "../queries.ts";
import { DECISION_LABEL, STATE_LABEL } from "../states.ts";
import { openApiDocument } from "./openapi.ts";
import { createdResponse, requestStatus } from "./schemas.ts";

/** Submissions through the API from one address per window (the form counts separately). */
export const API_LIMIT = { max: 20, windowMs: 10 * 60_000 };

/** POST /api/v1/requests, GET /api/v1/requests/{number}, GET /api/openapi.json. */
export function apiRoutes(p: Platform, limiter: RateLimiter) {
  const r = new Hono<AppEnv>();

  r.get("/api/openapi.json", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.json(openApiDocument(p.config.baseUrl));
  });

  r.post("/api/v1/requests", throttle(limiter, "ppid-api", API_LIMIT, p.config.TRUST_PROXY), async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new ValidationError({ _: "Kirim body JSON (Content-Type: application/json)." }, "Body bukan JSON yang sah.");
    }
    const res = await submitRequest(p, c.get("actor"), requestMeta(c, p.config.TRUST_PROXY), { channel: "api", raw });
    c.header("Cache-Control", "no-store");
    return c.json(
      createdResponse.parse({
        number: res.number,
        status: res.state,
        due: res.due,
        trackingSecret: res.secret,
        trackingUrl: res.trackingUrl,
      }),
      201,
    );
  });

  r.get("/api/v1/requests/:number", async (c) => {
    c.header("Cache-Control", "no-store");
    const req = await findRequestByRef(p.db, c.req.param("number"));
    const secret = c.req.header("x-tracking-secret") ?? c.req.query("secret") ?? null;
    const actor = c.get("actor");
    const staff = req !== null && actor?.kind === "staff" && can(actor, "ppid.request.read", { unitId: req.unitId });
    // An unknown number and a wrong secret get the same answer.
    if (!req || !(staff || trackingMatches(req, secret) || isRequester(req, actor))) throw notFound("Permohonan tidak ditemukan.");
    const events = await requestEvents(p.db, req.id, !staff);
    return c.json(
      requestStatus.parse({
        number: req.number,
        status: req.state,
        statusLabel: STATE_LABEL[req.state],
        due: req.clockStatus === "paused" ? null : req.dueOn,
        extended: req.extended,
        receivedAt: req.receivedAt.toISOString(),
        events: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, note: e.note })),
        decision: req.decision
          ? { code: req.decision, label: DECISION_LABEL[req.decision], decidedAt: req.decidedAt?.toISOString() ?? null }
          : null,
      }),
    );
  });

  return r;
}
