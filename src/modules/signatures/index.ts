import "./messages.ts";

export { DEMO_DOCUMENT_KIND, seedDemoDocuments } from "./demo.ts";
export { signaturesRoutes } from "./routes.tsx";
