import "./messages.ts";

export { portalRoutes } from "./routes.tsx";
export { ErrorPage } from "./views/ErrorPage.tsx";
export { Layout, type PageProps } from "./views/Layout.tsx";
