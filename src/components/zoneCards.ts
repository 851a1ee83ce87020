/**
 * Text blocks the page models describe (src/lib/pages/pageText.ts): a row of zone cards (class
 * "zone-cards", laid out by style.css), each a heading, a big figure and a line of detail, as the risk and
 * early-warning pages show counts and intervals per zone; and a paragraph with bold parts.
 */
import type {Rich, ZoneCard} from "../lib/pages/pageText.js";

/**
 * @param cards one card per zone, in zone order: title, big figure, optional unit after it, detail line
 * @returns <div class="zone-cards"> of <div class="card"> (the zone in `data-zone`)
 */
export function zoneCards(cards: readonly ZoneCard[]): HTMLDivElement {
  const root = document.createElement("div");
  root.className = "zone-cards";
  for (const c of cards) {
    const card = document.createElement("div");
    card.className = "card";
    card.dataset.zone = c.zone;
    const h2 = document.createElement("h2");
    h2.textContent = c.title;
    const big = document.createElement("span");
    big.className = "big-number";
    big.textContent = c.big;
    card.append(h2, big, c.unit ?? "", document.createElement("br"), c.detail);
    root.append(card);
  }
  return root;
}

/** @returns a <p> of the parts, each {bold} part in <b> */
export function richText(parts: Rich): HTMLParagraphElement {
  const p = document.createElement("p");
  for (const part of parts) {
    if (typeof part === "string") p.append(part);
    else {
      const b = document.createElement("b");
      b.textContent = part.bold;
      p.append(b);
    }
  }
  return p;
}
