/**
 * The health-check form: start from a declaration (or blank), edit any of the 17 values, and see x*, the
 * risk value, the zone and the radar chart update on every keystroke. An invalid field shows its message
 * next to it and the result stays at the last valid state (never NaN).
 */
import {INDICATORS, INDICATOR_IDS, type IndicatorId} from "../lib/method/indicators.js";
import {hcChartWidth, inputText, isEdited, validateAll, type CheckState, type SharedState} from "../lib/pages/healthCheck.js";
import {normaliseValue} from "../lib/method/radar.js";
import {PAPER_THRESHOLDS, ZONE_HEX} from "../lib/method/zones.js";
import {radarChart} from "./radarChart.js";
import {scoreSample} from "../lib/method/scoring.js";
import {figure} from "./download.js";
import {t} from "../lib/i18n/catalogue.js";
import type {Lang} from "../lib/i18n/lang.js";
import {indicatorName, zoneNamed} from "../lib/i18n/terms.js";
import {zoneFindingText} from "../lib/pages/assessmentView.js";
import type {Zone} from "../lib/method/zones.js";
import type {ZoneRate} from "../lib/method/earlyWarning.js";

export interface Start {
  /** Stable key used in the URL, e.g. "sample-12". */
  key: string;
  label: string;
  values: readonly number[];
}

export interface HealthCheckOptions {
  starts: readonly Start[];
  weights: readonly number[];
  thresholds?: readonly [number, number];
  /** Initial state (e.g. from the URL; absent fields come from its start); default: the first start. */
  initial?: SharedState | null;
  /** Called with each new state (the page writes it to the URL). */
  onState?: (state: CheckState) => void;
  width?: number;
  /** The page's language (labels, messages, the chart); English by default. Start labels come in it already. */
  lang?: Lang;
  /**
   * The fraud rate the report measured in each zone and over all (instrument.zoneFraud, /early-warning): the
   * result then says what was measured in its zone, as the check from the fields does. Measured with the
   * published weights and the paper's zones: pass it only with those (as the health-check pages do).
   */
  zoneFraud?: Readonly<Record<Zone | "all", ZoneRate>> | null;
}

const BLANK = "blank";

/**
 * @returns a <div class="health-check"> with the form and the result
 */
export function healthCheck({
  starts,
  weights,
  thresholds = PAPER_THRESHOLDS,
  initial = null,
  onState,
  width = 640,
  lang = "en",
  zoneFraud = null
}: HealthCheckOptions): HTMLDivElement {
  const root = document.createElement("div");
  root.className = "health-check";

  // Start selector.
  const startLabel = document.createElement("label");
  startLabel.className = "hc-start";
  startLabel.textContent = t(lang, "hc.startFrom");
  const select = document.createElement("select");
  select.name = "from";
  for (const s of [{key: BLANK, label: t(lang, "hc.blank")}, ...starts]) {
    const o = document.createElement("option");
    o.value = s.key;
    o.textContent = s.label;
    select.append(o);
  }
  startLabel.append(select);
  root.append(startLabel);

  // The 17 fields.
  const form = document.createElement("form");
  form.className = "hc-form";
  form.addEventListener("submit", (e) => e.preventDefault());
  const inputs = {} as Record<IndicatorId, HTMLInputElement>;
  const messages = {} as Record<IndicatorId, HTMLSpanElement>;
  const xOut = {} as Record<IndicatorId, HTMLSpanElement>;
  for (const d of INDICATORS) {
    const row = document.createElement("div");
    row.className = "hc-field";
    const label = document.createElement("label");
    label.htmlFor = `hc-${d.id}`;
    label.textContent = `${d.id} ${indicatorName(lang, d)}`;
    const hint = document.createElement("small");
    hint.textContent = d.kind === "score" ? t(lang, "hc.scoreHint") : ` ${d.unit}, ≥ 0`;
    label.append(hint);
    const input = document.createElement("input");
    input.id = `hc-${d.id}`;
    input.name = d.id;
    input.type = "text";
    input.inputMode = "decimal";
    input.autocomplete = "off";
    const x = document.createElement("span");
    x.className = "hc-x";
    const msg = document.createElement("span");
    msg.className = "hc-message";
    msg.setAttribute("role", "alert");
    msg.id = `hc-${d.id}-message`;
    input.setAttribute("aria-describedby", msg.id);
    row.append(label, input, x, msg);
    form.append(row);
    inputs[d.id] = input;
    messages[d.id] = msg;
    xOut[d.id] = x;
  }

  // The result.
  const result = document.createElement("div");
  result.className = "hc-result";
  const summary = document.createElement("p");
  summary.className = "hc-summary";
  summary.setAttribute("aria-live", "polite");
  const finding = document.createElement("p");
  finding.className = "hc-finding";
  const status = document.createElement("p");
  status.className = "hc-status";
  const chartBox = document.createElement("div");
  result.append(summary, finding, status, chartBox);

  const layout = document.createElement("div");
  layout.className = "hc-layout";
  layout.append(form, result);
  root.append(layout);

  // Beside the form (24rem) in a wide column, below it in a narrow one (src/style.css, .hc-layout).
  const chartWidth = hcChartWidth(width);
  let from = BLANK;
  let lastValid: number[] | null = null;
  // Fields the reader has typed in since the last start: an empty field says "Enter a value." only once
  // touched, so a blank form does not open all red.
  const touched = new Set<IndicatorId>();

  const state = (): CheckState => ({
    from,
    texts: Object.fromEntries(INDICATOR_IDS.map((id) => [id, inputs[id].value])) as Record<IndicatorId, string>
  });

  function update(notify = true): void {
    const {values, fields} = validateAll(state().texts, lang);
    const shown = (id: IndicatorId) => touched.has(id) || inputs[id].value.trim() !== "";
    for (const id of INDICATOR_IDS) {
      const f = fields[id];
      messages[id].textContent = f.ok || !shown(id) ? "" : f.message;
      inputs[id].setAttribute("aria-invalid", String(!f.ok && shown(id)));
      xOut[id].textContent = f.ok ? `x* ${normaliseValue(id, f.value).toFixed(3)}` : "";
    }
    if (values) lastValid = values;
    const bad = INDICATOR_IDS.filter((id) => !fields[id].ok && shown(id));
    const empty = INDICATOR_IDS.filter((id) => !fields[id].ok && !shown(id));
    const n = String(INDICATOR_IDS.length);
    const list = bad.join(t(lang, "hc.listSep"));
    status.textContent =
      bad.length === 0
        ? empty.length && !lastValid
          ? t(lang, "hc.fillIn", {n, empty: String(empty.length)})
          : ""
        : lastValid
          ? t(lang, "hc.invalidKept", {fields: list})
          : t(lang, "hc.invalidNone", {fields: list, n});
    status.classList.toggle("error-message", bad.length > 0);
    if (lastValid) {
      const s = scoreSample(lastValid, {weights, thresholds});
      summary.replaceChildren();
      const zone = document.createElement("strong");
      zone.className = "hc-zone";
      zone.dataset.zone = s.zone;
      zone.style.background = ZONE_HEX[s.zone];
      zone.textContent = zoneNamed(lang, s.zone);
      const value = document.createElement("span");
      value.className = "hc-risk";
      value.textContent = s.risk.toFixed(4);
      summary.append(
        t(lang, "hc.riskValue"),
        value,
        " → ",
        zone,
        t(lang, "hc.thresholds", {t1: thresholds[0].toFixed(4), t2: thresholds[1].toFixed(4)})
      );
      finding.textContent = zoneFraud ? zoneFindingText(s.zone, zoneFraud[s.zone], zoneFraud.all, lang) : "";
      const start = starts.find((t) => t.key === from);
      const edited = start ? start.values.some((v, j) => isEdited(v, lastValid![j])) : false;
      const label = start ? `${start.label}${edited ? t(lang, "hc.edited") : ""}` : t(lang, "hc.checked");
      chartBox.replaceChildren(
        figure(
          radarChart({label, raw: lastValid}, {weights, thresholds, width: chartWidth, lang}),
          t(lang, "hc.radarCaption"),
          "health-check-radar",
          lang
        )
      );
    } else {
      summary.textContent = t(lang, "hc.noResult");
      finding.textContent = "";
      chartBox.replaceChildren();
    }
    if (notify) onState?.(state());
  }

  /** Load a state; a field it leaves out takes its start's value (empty for a blank start). */
  function load(s: SharedState): void {
    const start = starts.find((t) => t.key === s.from);
    from = start ? s.from : BLANK;
    lastValid = null; // a new start: nothing carried over from the previous declaration
    touched.clear();
    select.value = from;
    INDICATOR_IDS.forEach((id, j) => {
      inputs[id].value = s.texts[id] ?? (start ? inputText(start.values[j]) : "");
    });
    update();
  }

  const loadStart = (key: string) => load({from: key, texts: {}});

  select.addEventListener("change", () => loadStart(select.value));
  form.addEventListener("input", (e) => {
    const name = (e.target as HTMLInputElement).name as IndicatorId;
    if (INDICATOR_IDS.includes(name)) touched.add(name);
    update();
  });
  if (initial) load(initial);
  else loadStart(starts[0]?.key ?? BLANK);
  return root;
}
