import "./messages.ts";

export { adminRoutes } from "./routes.tsx";
