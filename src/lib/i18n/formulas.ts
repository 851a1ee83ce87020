/**
 * The method's display formulas as TeX, written once: the methodology, weights and risk pages show them in
 * both languages, and only the words inside \text change (from the catalogue). Each is set in lines narrow
 * enough for the page's column (704 px at 1280 px wide; KaTeX's `aligned` lines them up).
 */
import {t} from "./catalogue.js";
import type {Lang} from "./lang.js";

/** The display formulas by name. */
export type FormulaName = "ridge" | "entropyNormalise" | "entropy" | "entropyWeights" | "radarShape" | "radarValue" | "selection";

const K = String.raw`$k\%$`;

/**
 * "wide": the equations of a chain side by side, as in the paper (the page's column at 1280 px);
 * "narrow": one equation a line, lined up at "=" (a phone's column, 326 px at 390 px wide).
 */
export type FormulaLayout = "wide" | "narrow";

/**
 * The TeX source of a display formula in a language.
 * - ridge: (b̂₀, B̂) = argmin ‖Y − 1b₀ᵀ − XB‖²_F + α‖B‖²_F, α = 1 (the authors' scoring of categories)
 * - entropyNormalise: N_ij = (x_ij − min_i x_ij)/(max_i x_ij − min_i x_ij) (benefit), (max − x)/(max − min) (cost)
 * - entropy: p_ij = N_ij/Σ_i N_ij, e_j = −(1/ln n) Σ_i p_ij ln p_ij (0 ln 0 = 0), d_j = 1 − e_j
 * - entropyWeights: w_j = (1 − e_j)/Σ_k(1 − e_k) (textbook), w_j = e_j/Σ_k e_k (the paper)
 * - radarShape: S = Σ x*_j sin(πw_j), S_m = Σ sin(πw_j), L = Σ 2√((cos(πw_j) − x*_j)² + sin²(πw_j)), L_m = Σ 4 sin(πw_j/2)
 * - radarValue: V₁ = S/S_m, V₂ = S·L_m²/(L²·S_m), f = √(V₁V₂) = (S/S_m)(L_m/L)
 * - selection: precision@k = #{frauds in the top k%}/#{top k%}, recall@k = #{frauds in the top k%}/#{frauds}
 * @param name which formula
 * @param lang the page's language (the words inside \text)
 * @example formulaTex("entropyWeights", "zh") // "w_j^{\\text{教科书}} = …"
 */
export function formulaTex(name: FormulaName, lang: Lang, layout: FormulaLayout = "wide"): string {
  const w = (key: Parameters<typeof t>[1], params?: Record<string, string>) => t(lang, key, params);
  if (layout === "narrow") return narrowTex(name, w);
  switch (name) {
    case "ridge":
      return String.raw`(\hat b_0, \hat{\mathbf B}) = \arg\min_{b_0, \mathbf B}\ \lVert \mathbf Y - \mathbf 1 b_0^\top - \mathbf X \mathbf B \rVert_F^2 + \alpha \lVert \mathbf B \rVert_F^2,\qquad \alpha = 1`;
    case "entropyNormalise":
      return String.raw`\begin{aligned} N_{ij} &= \frac{x_{ij} - \min_i x_{ij}}{\max_i x_{ij} - \min_i x_{ij}} && \text{${w("formula.benefit")}},\\ N_{ij} &= \frac{\max_i x_{ij} - x_{ij}}{\max_i x_{ij} - \min_i x_{ij}} && \text{${w("formula.cost")}}\end{aligned}`;
    case "entropy":
      return String.raw`p_{ij} = \frac{N_{ij}}{\sum_i N_{ij}},\qquad e_j = -\frac{1}{\ln n}\sum_{i=1}^{n} p_{ij}\ln p_{ij}\ \ (0 \ln 0 = 0),\qquad d_j = 1 - e_j`;
    case "entropyWeights":
      return String.raw`w_j^{\text{${w("formula.textbook")}}} = \frac{1 - e_j}{\sum_k (1 - e_k)}\qquad\qquad w_j^{\text{${w("formula.paper")}}} = \frac{e_j}{\sum_k e_k}`;
    case "radarShape":
      return String.raw`\begin{aligned} S &= \sum_j x^*_j \sin(\pi w_j), & S_m &= \sum_j \sin(\pi w_j),\\ L &= \sum_j 2\sqrt{(\cos(\pi w_j) - x^*_j)^2 + \sin^2(\pi w_j)}, & L_m &= \sum_j 4 \sin\frac{\pi w_j}{2}\end{aligned}`;
    case "radarValue":
      return String.raw`V_1 = \frac{S}{S_m},\qquad V_2 = \frac{S\,L_m^2}{L^2\,S_m},\qquad f = \sqrt{V_1 V_2} = \frac{S}{S_m}\cdot\frac{L_m}{L}`;
    case "selection": {
      const inTop = w("formula.fraudsInTop", {k: K});
      return String.raw`\begin{aligned} \text{${w("formula.precision")}@}k &= \frac{\#\{\text{${inTop}}\}}{\#\{\text{${w("formula.top", {k: K})}}\}},\\ \text{${w("formula.recall")}@}k &= \frac{\#\{\text{${inTop}}\}}{\#\{\text{${w("formula.frauds")}}\}}\end{aligned}`;
    }
  }
}

/** The chains of {@link formulaTex}, one equation a line (the same symbols and words). */
function narrowTex(name: FormulaName, w: (key: Parameters<typeof t>[1], params?: Record<string, string>) => string): string {
  switch (name) {
    case "ridge":
      return String.raw`\begin{aligned} &(\hat b_0, \hat{\mathbf B}) = \arg\min_{b_0, \mathbf B}\\ &\quad \lVert \mathbf Y - \mathbf 1 b_0^\top - \mathbf X \mathbf B \rVert_F^2 + \alpha \lVert \mathbf B \rVert_F^2,\\ &\alpha = 1\end{aligned}`;
    case "entropyNormalise":
      return String.raw`\begin{aligned} &\text{${w("formula.benefit")}}\\ N_{ij} &= \frac{x_{ij} - \min_i x_{ij}}{\max_i x_{ij} - \min_i x_{ij}},\\ &\text{${w("formula.cost")}}\\ N_{ij} &= \frac{\max_i x_{ij} - x_{ij}}{\max_i x_{ij} - \min_i x_{ij}}\end{aligned}`;
    case "entropy":
      return String.raw`\begin{aligned} p_{ij} &= \frac{N_{ij}}{\sum_i N_{ij}},\\ e_j &= -\frac{1}{\ln n}\sum_{i=1}^{n} p_{ij}\ln p_{ij}\\ &\qquad (0 \ln 0 = 0),\\ d_j &= 1 - e_j\end{aligned}`;
    case "entropyWeights":
      return String.raw`\begin{aligned} w_j^{\text{${w("formula.textbook")}}} &= \frac{1 - e_j}{\sum_k (1 - e_k)},\\ w_j^{\text{${w("formula.paper")}}} &= \frac{e_j}{\sum_k e_k}\end{aligned}`;
    case "radarShape":
      return String.raw`\begin{aligned} S &= \sum_j x^*_j \sin(\pi w_j),\\ S_m &= \sum_j \sin(\pi w_j),\\ L &= \sum_j 2\bigl((\cos(\pi w_j) - x^*_j)^2\\ &\qquad\qquad + \sin^2(\pi w_j)\bigr)^{1/2},\\ L_m &= \sum_j 4 \sin\frac{\pi w_j}{2}\end{aligned}`;
    case "radarValue":
      return String.raw`\begin{aligned} V_1 &= \frac{S}{S_m},\\ V_2 &= \frac{S\,L_m^2}{L^2\,S_m},\\ f &= \sqrt{V_1 V_2} = \frac{S}{S_m}\cdot\frac{L_m}{L}\end{aligned}`;
    case "selection": {
      const inTop = w("formula.fraudsInTop", {k: K});
      return String.raw`\begin{aligned} &\text{${w("formula.precision")}@}k\\ &\quad = \frac{\#\{\text{${inTop}}\}}{\#\{\text{${w("formula.top", {k: K})}}\}},\\ &\text{${w("formula.recall")}@}k\\ &\quad = \frac{\#\{\text{${inTop}}\}}{\#\{\text{${w("formula.frauds")}}\}}\end{aligned}`;
    }
  }
}
