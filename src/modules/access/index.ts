/**
 * Who may do what: the staff roles, security clearances and named policies
 * (deny by default). Every module checks its commands with authorize().
 */
export { authorize, can, clearanceAllows, clearanceRank, hasRegencyRole, hasRole, type PolicyName, RULES, type Target } from "./policy.ts";
export { CLEARANCES, type Clearance, REGENCY_ONLY_ROLES, ROLES, type Role } from "./roles.ts";
