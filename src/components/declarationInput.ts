/**
 * The health check's input: a declaration's 20 fields as a form, a pasted CSV line, or a Declaration ID
 * looked up in the dataset. Its `value` is the form's parse (src/lib/pages/declarationForm.ts): the
 * declaration when every field is valid, else the message of each bad field (shown beside it); it fires
 * "input" on every change, so a page cell reruns.
 */
import type {Declaration} from "../lib/data/declarations.js";
import {FORM_FIELDS, formTexts, parseCsvLine, parseForm, type FormTexts} from "../lib/pages/declarationForm.js";
import {t} from "../lib/i18n/catalogue.js";
import type {Lang} from "../lib/i18n/lang.js";

export interface DeclarationInputValue {
  declaration: Declaration | null;
  errors: Record<string, string>;
  /** The looked-up declaration's labels, when the form holds a dataset declaration unedited. */
  dataset: Declaration | null;
}

export interface DeclarationInputOptions {
  initial: Declaration;
  /** Look a Declaration ID up; resolves to the declaration or a message. */
  lookup: (id: string) => Promise<Declaration | string>;
  /** Called with the ID of a declaration loaded by lookup (the page writes it to the URL). */
  onLoaded?: (id: string) => void;
  /** The page's language (labels, buttons, messages); English by default. Field names are the dataset's. */
  lang?: Lang;
}

/**
 * @param o the initial declaration, the ID lookup (its messages in the page's language) and the language
 * @returns <form class="declaration-input"> with a `value` ({@link DeclarationInputValue})
 */
export function declarationInput(o: DeclarationInputOptions): HTMLFormElement & {value: DeclarationInputValue} {
  const form = document.createElement("form") as HTMLFormElement & {value: DeclarationInputValue};
  form.className = "declaration-input";
  const lang = o.lang ?? "en";
  form.addEventListener("submit", (e) => e.preventDefault());
  let loaded: Declaration | null = o.initial;

  const row = (labelText: string, control: HTMLElement, button: HTMLButtonElement, status: HTMLElement) => {
    const div = document.createElement("div");
    div.className = "declaration-input-source";
    const label = document.createElement("label");
    label.textContent = labelText;
    label.append(control);
    div.append(label, button, status);
    return div;
  };
  const idInput = Object.assign(document.createElement("input"), {
    type: "text",
    inputMode: "numeric",
    placeholder: t(lang, "form.idPlaceholder")
  });
  const idButton = Object.assign(document.createElement("button"), {type: "button", textContent: t(lang, "form.load")});
  const idStatus = Object.assign(document.createElement("span"), {className: "field-status"});
  idStatus.setAttribute("role", "status");
  const paste = Object.assign(document.createElement("textarea"), {rows: 2, placeholder: t(lang, "form.pastePlaceholder")});
  const pasteButton = Object.assign(document.createElement("button"), {type: "button", textContent: t(lang, "form.readLine")});
  const pasteStatus = Object.assign(document.createElement("span"), {className: "field-status"});
  pasteStatus.setAttribute("role", "status");
  form.append(row(t(lang, "form.idLabel"), idInput, idButton, idStatus), row(t(lang, "form.csvLabel"), paste, pasteButton, pasteStatus));

  const grid = document.createElement("div");
  grid.className = "declaration-fields";
  const inputs = new Map<string, HTMLInputElement>();
  const messages = new Map<string, HTMLElement>();
  for (const name of FORM_FIELDS) {
    const label = document.createElement("label");
    const input = Object.assign(document.createElement("input"), {type: "text", name});
    const msg = Object.assign(document.createElement("span"), {className: "field-error"});
    msg.setAttribute("aria-live", "polite");
    label.append(name, input, msg);
    grid.append(label);
    inputs.set(name, input);
    messages.set(name, msg);
  }
  form.append(grid);

  const update = () => {
    const texts: FormTexts = Object.fromEntries([...inputs].map(([n, i]) => [n, i.value]));
    const {declaration, errors} = parseForm(texts, lang);
    for (const [n, msg] of messages) {
      msg.textContent = errors[n] ? t(lang, "form.fieldError", {field: n, problem: errors[n]}) : "";
      inputs.get(n)!.setAttribute("aria-invalid", String(Boolean(errors[n])));
    }
    const same = loaded && declaration && FORM_FIELDS.every((n) => formTexts(loaded!)[n] === texts[n]);
    form.value = {declaration, errors, dataset: same ? loaded : null};
    form.dispatchEvent(new Event("input", {bubbles: true}));
  };
  const fill = (texts: FormTexts) => {
    for (const [n, i] of inputs) i.value = texts[n] ?? "";
    update();
  };
  grid.addEventListener("input", (e) => {
    e.stopPropagation();
    update();
  });
  idButton.addEventListener("click", async () => {
    const id = idInput.value.trim();
    if (!id) return void (idStatus.textContent = t(lang, "form.typeId"));
    idStatus.textContent = t(lang, "form.loading");
    const found = await o.lookup(id);
    if (typeof found === "string") return void (idStatus.textContent = found);
    idStatus.textContent = t(lang, "form.loaded", {id});
    loaded = found;
    fill(formTexts(found));
    o.onLoaded?.(id);
  });
  idInput.addEventListener("keydown", (e) => {
    if (e.key === "Enter") idButton.click();
  });
  idInput.addEventListener("input", (e) => e.stopPropagation());
  paste.addEventListener("input", (e) => e.stopPropagation());
  pasteButton.addEventListener("click", () => {
    const r = parseCsvLine(paste.value, lang);
    if ("error" in r) return void (pasteStatus.textContent = r.error);
    pasteStatus.textContent = t(lang, "form.read");
    loaded = null;
    fill(r.texts);
  });
  fill(formTexts(o.initial));
  return form;
}
