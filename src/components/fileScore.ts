/**
 * Choose or drop a CSV file; it is scored in a Web Worker (./scoreWorker.ts) with a progress bar, and never
 * leaves the browser. The element's `value` is the scored file (src/lib/fileScoring/fileSession.ts) once
 * done, else null; it fires "input" when a file is done, so the page's cells rerun.
 */
import type {FileResult} from "../lib/fileScoring/fileSession.js";
import type {InstrumentJson} from "../lib/instrument/model.js";
import type {ScoreReply, ScoreRequest} from "./scoreWorker.js";
import {t} from "../lib/i18n/catalogue.js";
import type {Lang} from "../lib/i18n/lang.js";

/**
 * @param instrument the shipped instrument (src/data/instrument.json), loaded by the page before any file is chosen
 * @param lang the page's language (labels, progress, the reasons and a refused file's message); English by default
 * @returns <div class="file-score"> with a `value`
 */
export function fileScore(instrument: InstrumentJson, lang: Lang = "en"): HTMLDivElement & {value: FileResult | null} {
  const root = document.createElement("div") as HTMLDivElement & {value: FileResult | null};
  root.className = "file-score";
  root.value = null;
  const input = Object.assign(document.createElement("input"), {type: "file", accept: ".csv,text/csv"});
  input.setAttribute("aria-label", t(lang, "file.aria"));
  const zone = document.createElement("label");
  zone.className = "drop-zone";
  zone.append(t(lang, "file.choose"), input);
  const progress = Object.assign(document.createElement("progress"), {max: 1, value: 0});
  progress.hidden = true;
  const status = document.createElement("p");
  status.className = "file-status";
  status.setAttribute("role", "status");
  root.append(zone, progress, status);
  let worker: Worker | null = null;

  const start = (file: File) => {
    worker?.terminate();
    worker = new Worker(import.meta.resolve("./scoreWorker.js"), {type: "module"});
    root.value = null;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = t(lang, "file.reading", {file: file.name});
    worker.onmessage = ({data}: MessageEvent<ScoreReply>) => {
      if (data.type === "progress") {
        progress.value = data.total ? data.bytes / data.total : 0;
        status.textContent = t(lang, "file.progress", {file: file.name, rows: data.rows});
        return;
      }
      progress.hidden = true;
      worker?.terminate();
      worker = null;
      if (data.type === "error") {
        status.textContent = t(lang, "file.failed", {message: data.message});
        root.value = null;
      } else {
        const r = data.result;
        status.textContent = t(lang, "file.done", {
          file: r.file,
          read: r.rowsRead,
          scored: r.rowsScored,
          left: r.errorCount,
          seconds: (data.ms / 1000).toFixed(1)
        });
        root.value = r;
      }
      root.dispatchEvent(new Event("input", {bubbles: true}));
    };
    worker.postMessage({file, instrument, lang} satisfies ScoreRequest);
  };
  input.addEventListener("change", () => input.files?.[0] && start(input.files[0]));
  input.addEventListener("input", (e) => e.stopPropagation());
  zone.addEventListener("dragover", (e) => e.preventDefault());
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files[0];
    if (f) start(f);
  });
  return root;
}

/**
 * A link that downloads a Blob as a file.
 * @param blob the content
 * @param name the file name
 * @param label the link's text
 */
export function blobDownload(blob: Blob, name: string, label: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.className = "download-link";
  a.textContent = label;
  a.download = name;
  a.href = URL.createObjectURL(blob);
  return a;
}
