/**
 * The authenticated principal as the HTTP layer and the commands see it. Role
 * names and the rules over them live in the accounts module (policy.ts).
 */
export interface RoleGrant {
  role: string;
  /** null: regency-wide. */
  unitId: string | null;
}

export interface Actor {
  userId: string;
  kind: "staff" | "citizen";
  name: string;
  email: string;
  roles: RoleGrant[];
  clearance: string;
  sessionId: string;
  csrfToken: string;
  mfaPassed: boolean;
}

/** Where a change came from, for the audit event. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}
