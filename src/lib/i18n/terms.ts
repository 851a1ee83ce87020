/**
 * The method's named things in a language, read from the catalogues that define them (indicators and
 * criteria in src/lib/method/indicators.ts, zones in src/lib/method/zones.ts): never retyped here.
 */
import type {Indicator} from "../method/indicators.js";
import {ZONE_LABELS, type Zone} from "../method/zones.js";
import {t} from "./catalogue.js";
import type {Lang} from "./lang.js";

/**
 * An indicator's name: `name` in English, `nameZh` in Chinese.
 * @example indicatorName("zh", INDICATORS[4]) // "净重"
 */
export function indicatorName(lang: Lang, d: Pick<Indicator, "name" | "nameZh">): string {
  return lang === "zh" ? d.nameZh : d.name;
}

/**
 * A zone's short name: "Safety" in English (as the zone cards print it), "安全区" in Chinese.
 */
export function zoneName(lang: Lang, zone: Zone): string {
  return lang === "zh" ? ZONE_LABELS[zone].nameZh : ZONE_LABELS[zone].name;
}

/**
 * A zone named inside a sentence: "Safety zone" (or "safety zone" with `lower`) in English, "安全区" in Chinese.
 * @param lang the page's language
 * @param zone the zone
 * @param lower English only: lower-case the name, as mid-sentence
 */
export function zoneNamed(lang: Lang, zone: Zone, {lower = false}: {lower?: boolean} = {}): string {
  const name = zoneName(lang, zone);
  return t(lang, "zone.named", {zone: lower && lang === "en" ? name.toLowerCase() : name});
}
