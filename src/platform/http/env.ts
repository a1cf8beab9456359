import type { Lang } from "../i18n/index.ts";
import type { Logger } from "../logging/logger.ts";
import type { Actor } from "./actor.ts";

/** Hono context variables set by the platform middleware. */
export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    lang: Lang;
    /** The signed-in person, or null (anonymous requests read no session). */
    actor: Actor | null;
    /** Set when the page must not be cached (it depends on a session). */
    private: boolean;
  };
};
