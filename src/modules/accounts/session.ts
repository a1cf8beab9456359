import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Platform } from "../../platform/context.ts";
import { DbCache } from "../../platform/db/cache.ts";
import type { Executor } from "../../platform/db/client.ts";
import type { Actor, RequestMeta } from "../../platform/http/actor.ts";
import type { AppEnv } from "../../platform/http/env.ts";

export { requestMeta } from "../../platform/http/request-meta.ts";

import { roleAssignments, sessions, users } from "./schema.ts";

export const SESSION_COOKIE = "sp_sid";
const SESSION_DAYS = 7;
const TOUCH_EVERY_MS = 5 * 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a session row; returns the cookie token (only its hash is stored). */
export async function createSession(db: Executor, userId: string, meta: RequestMeta, mfaPassed: boolean) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    csrfToken,
    mfaPassed,
    expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return { token, csrfToken };
}

export function setSessionCookie(c: Context, token: string, secure: boolean) {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure, sameSite: "Lax", path: "/", maxAge: SESSION_DAYS * 86_400 });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** Loads the actor of a session token, or null when the session is unknown, expired or the user inactive. */
export async function actorForToken(db: Executor, token: string): Promise<(Actor & { lastSeenAt: Date }) | null> {
  const id = hashToken(token);
  // One round trip: the session, its person and their live role grants (every signed-in request pays for it).
  const [row] = await db
    .select({
      userId: users.id,
      kind: users.kind,
      name: users.name,
      email: users.email,
      clearance: users.clearance,
      csrfToken: sessions.csrfToken,
      mfaPassed: sessions.mfaPassed,
      lastSeenAt: sessions.lastSeenAt,
      grants: sql<
        Actor["roles"]
      >`(SELECT coalesce(json_agg(json_build_object('role', ${roleAssignments.role}, 'unitId', ${roleAssignments.unitId})), '[]'::json)
        FROM ${roleAssignments} WHERE ${roleAssignments.userId} = ${users.id} AND ${roleAssignments.revokedAt} IS NULL)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date()), eq(users.status, "active")));
  if (!row) return null;
  return {
    userId: row.userId,
    kind: row.kind,
    name: row.name,
    email: row.email,
    clearance: row.clearance,
    roles: row.kind === "staff" ? row.grants : [],
    sessionId: id,
    csrfToken: row.csrfToken,
    mfaPassed: row.mfaPassed,
    lastSeenAt: row.lastSeenAt,
  };
}

/**
 * Sessions read in the last SESSION_CACHE_MS, per process. Every change to a
 * session, a person or their roles is a command, and every command's commit
 * drops the whole cache in its process: a sign-out, a disabled account or a
 * revoked role counts at once here, and within SESSION_CACHE_MS in other
 * processes. It spares a busy page (the staff queue) one query per request.
 */
const SESSION_CACHE_MS = 2_000;
const sessionCache = new DbCache<Awaited<ReturnType<typeof actorForToken>>>(SESSION_CACHE_MS, 1_000);

/**
 * Reads the session cookie when there is one. Anonymous requests (no cookie)
 * touch no session and get no cookie, so public pages stay cacheable.
 */
export function sessionMiddleware(p: Platform): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return next();
    c.set("private", true);
    const actor = await sessionCache.followCommits(p.events).get(p.db, hashToken(token), () => actorForToken(p.db, token));
    if (!actor) {
      clearSessionCookie(c);
      return next();
    }
    const { lastSeenAt, ...rest } = actor;
    c.set("actor", rest);
    if (Date.now() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await p.db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, actor.sessionId));
    }
    return next();
  };
}

/** Ends one session (sign-out, or the old session when a new one replaces it). */
export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a person (password reset, disabling, deletion). */
export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
