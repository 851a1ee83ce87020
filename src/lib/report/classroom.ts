/**
 * Classroom mode: the report on a projector. `?classroom=1` on any address turns it on, `?classroom=0`
 * turns it off, and in between the tab remembers it (sessionStorage), so it follows every internal link
 * (sidebar, pager, links in the text, links built by pages) without any link carrying the parameter, and
 * a page's own URL state (src/lib/report/urlState.ts) never has to keep it. sessionStorage rather than
 * localStorage: the mode ends with the tab, so the next reader at a shared machine gets the plain report.
 * Turning it on also folds the sidebar away once (Framework's own sidebar state, "observablehq-sidebar"),
 * which the sidebar toggle can open again.
 *
 * The page head runs {@link classroomHeadScript} before anything renders. Its two functions are inlined
 * there by their source text, so they are self-contained: no imports, no constants from outside, no inner
 * named functions (a transpiler may wrap those in helpers the page does not have).
 */

/** What to do at page load. */
export interface ClassroomDecision {
  /** Whether this page shows in classroom mode. */
  on: boolean;
  /** "enter" (store it, fold the sidebar), "leave" (forget it, unfold) or null (nothing to store). */
  change: "enter" | "leave" | null;
}

/**
 * Decide the mode from the address and what the tab remembers.
 * `classroom` present with any value but 0/false/off (including empty: `?classroom`) enters; 0/false/off
 * leaves; absent, the stored value "1" keeps it on.
 * @param search the page's query string ("?classroom=1&rule=paper")
 * @param stored the tab's stored value (sessionStorage "customs-report:classroom"), or null
 * @example classroomMode("?classroom=1", null) // {on: true, change: "enter"}
 */
export function classroomMode(search: string, stored: string | null): ClassroomDecision {
  const raw = new URLSearchParams(search).get("classroom");
  if (raw === null) return {on: stored === "1", change: null};
  const off = ["0", "false", "off"].indexOf(raw.trim().toLowerCase()) >= 0;
  if (off) return {on: false, change: stored === "1" ? "leave" : null};
  return {on: true, change: stored === "1" ? null : "enter"};
}

/** The part of Storage the boot uses (sessionStorage in the page). */
export interface ClassroomStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Apply the decision: store or forget the mode, fold or unfold the sidebar, set the "classroom" class on
 * the root element (style.css scales the page from it). Storage may be missing or throw (blocked
 * storage): the address alone then decides, page by page.
 * @param decide {@link classroomMode}
 * @param search the page's query string
 * @param storage sessionStorage, or null when the page cannot have it
 * @param root the element that gets the class (document.documentElement)
 * @returns whether classroom mode is on
 */
export function classroomBoot(
  decide: (search: string, stored: string | null) => ClassroomDecision,
  search: string,
  storage: ClassroomStorage | null,
  root: {classList: {add(name: string): void; remove(name: string): void}}
): boolean {
  let stored: string | null = null;
  try {
    stored = storage ? storage.getItem("customs-report:classroom") : null;
  } catch {
    storage = null;
  }
  const d = decide(search, stored);
  try {
    if (storage && d.change === "enter") {
      storage.setItem("customs-report:classroom", "1");
      storage.setItem("observablehq-sidebar", "false");
    } else if (storage && d.change === "leave") {
      storage.removeItem("customs-report:classroom");
      storage.removeItem("observablehq-sidebar");
    }
  } catch {
    // storage full or blocked: this page still follows its address
  }
  if (d.on) root.classList.add("classroom");
  else root.classList.remove("classroom");
  return d.on;
}

/** The inline script for the page head (observablehq.config.ts): the two functions above, applied. */
export function classroomHeadScript(): string {
  return `(${classroomBoot.toString()})(${classroomMode.toString()}, location.search, (function () { try { return window.sessionStorage; } catch (e) { return null; } })(), document.documentElement);`;
}
