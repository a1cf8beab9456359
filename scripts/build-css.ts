/** `npm run build:css`: compiles styles/app.scss to public/build/app.css (the app also does it at start when stale). */
import { buildStylesheet } from "../src/platform/ui/build-css.ts";

console.log(`wrote ${await buildStylesheet()}`);
