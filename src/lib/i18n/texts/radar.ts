/** Texts of the improved radar chart (src/components/radarChart.ts). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const RADAR_TEXTS = {
  // The radar chart (src/components/radarChart.ts)
  "radar.aria": {en: "Improved radar chart of {label}: risk value {risk}, {zone}", zh: "{label}的改进雷达图：风险值 {risk}，{zone}"},
  "radar.ariaCompare": {en: "; compared with {label}: {risk}, {zone}", zh: "；对比 {label}：{risk}，{zone}"},
  "radar.sectorTitle": {en: "{id} {name}: raw {raw}, x* {x}, weight {w}", zh: "{id} {name}：原始值 {raw}，x* {x}，权重 {w}"},
  "radar.pointTitle": {en: "{id} {name}: raw {raw}, x* {x}", zh: "{id} {name}：原始值 {raw}，x* {x}"},
  "radar.axisTitle": {en: "{id} {name} (weight {w})", zh: "{id} {name}（权重 {w}）"},
  "radar.caption": {en: "{label}: f = {risk}, {zone}", zh: "{label}：f = {risk}，{zone}"},
  "radar.captionCompare": {en: " · dashed: {label}, f = {risk} ({zone})", zh: " · 虚线：{label}，f = {risk}（{zone}）"},
  "radar.tableSummary": {en: "The chart as a table", zh: "图表的表格形式"},
  "radar.colIndicator": {en: "Indicator", zh: "指标"},
  "radar.colWeight": {en: "Weight", zh: "权重"},
  "radar.colRaw": {en: "Raw ({label})", zh: "原始值（{label}）"}
} as const satisfies Record<string, Text>;
