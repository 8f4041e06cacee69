// pdf.js ships no types for its worker module; the reader needs only that it is a module
// object to hand to `globalThis.pdfjsWorker` (read-pdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
