import bundle from "../../.build/bundle.js";
import { createApp } from "./app.ts";

/** The deployed worker: the app over the bundle that `npm run build` wrote. */
export default createApp(bundle) satisfies ExportedHandler<Env>;
