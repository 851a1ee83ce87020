// The browser-safe ES bundle of tfjs (ENGINEERING.md: the bare import breaks in the browser); same API.
declare module "@tensorflow/tfjs/dist/tf.fesm.js" {
  export * from "@tensorflow/tfjs";
}
