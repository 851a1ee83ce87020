// Worker entry: Node passes no loader to worker threads, so register tsx here, then run the TypeScript body.
import {register} from "tsx/esm/api";
register();
await import("./gbdtWorker.ts");
