import "./messages.ts";

export { getUnit, getUnitBySlug, listUnits, listUnitsCached, type Unit } from "./queries.ts";
export { organisationRoutes } from "./routes.tsx";
export { classifications, regions, units } from "./schema.ts";
export { seedOrganisation } from "./seed.ts";
