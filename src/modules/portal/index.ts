import "./messages.ts";

export { comingSoonRoutes, portalRoutes } from "./routes.tsx";
export { ErrorPage } from "./views/ErrorPage.tsx";
export { Layout, type PageProps } from "./views/Layout.tsx";
