import { resolve } from "node:path";

/** Static files served under /assets (the compiled stylesheet lands in public/build). */
export const PUBLIC_DIR = resolve(import.meta.dirname, "../../../public");
