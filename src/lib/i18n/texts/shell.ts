/** Texts of the page shell and the shared components: the language switch, exercises, downloads, zones in sentences. Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const SHELL_TEXTS = {
  // Page titles: the sidebar and each page's front matter (observablehq.config.ts PAGES)
  "page./": {en: "Summary", zh: "摘要"},
  "page./methodology": {en: "Methodology", zh: "研究方法"},
  "page./data": {en: "Data", zh: "数据"},
  "page./weights": {en: "Indicators and weights", zh: "指标与权重"},
  "page./risk": {en: "Risk index and zones", zh: "风险值与预警区"},
  "page./early-warning": {en: "Early warning (954)", zh: "预警结果（954 条）"},
  "page./health-check": {en: "Health check", zh: "风险体检"},
  "page./declaration": {en: "One declaration", zh: "单条申报"},
  "page./score": {en: "Score a file", zh: "批量评分"},
  "page./training": {en: "Training the BP network", zh: "训练 BP 神经网络"},
  "page./validation": {en: "Does it catch fraud?", zh: "能否发现瞒骗？"},
  "page./planner": {en: "Plan inspections", zh: "查验计划"},
  "page./reproducibility": {en: "Reproducibility", zh: "可复现性"},
  "page./cite": {en: "Cite and download", zh: "引用与下载"},
  "page./glossary": {en: "Glossary", zh: "术语表"},

  // The language switch (observablehq.config.ts header)
  "switch.label": {en: "中文", zh: "English"},
  "switch.title": {en: "本页中文版", zh: "This page in English"},

  // Exercises (src/components/exercise.ts)
  "exercise.heading": {en: "Exercise", zh: "练习"},
  "exercise.headingN": {en: "Exercise {n}", zh: "练习 {n}"},
  "exercise.hint": {en: "Hint", zh: "提示"},
  "exercise.answer": {en: "Answer", zh: "答案"},

  // Downloads (src/components/download.ts)
  "download.label": {en: "Download: ", zh: "下载："},

  // Zones, inside sentences (the zone names themselves: ZONE_LABELS in src/lib/method/zones.ts)
  "zone.named": {en: "{zone} zone", zh: "{zone}"},

  // The glossary page (src/glossary.md, src/zh/glossary.md)
  "glossary.colZh": {en: "Chinese", zh: "中文"},
  "glossary.colEn": {en: "English", zh: "英文"},
  "glossary.colGroup": {en: "group", zh: "类别"},
  "glossary.method": {en: "method", zh: "方法"},
  "glossary.customs": {en: "customs practice", zh: "海关业务"},
  "glossary.evaluation": {en: "evaluation", zh: "评价"},
  "glossary.criterion": {en: "criterion", zh: "准则层"},
  "glossary.indicator": {en: "indicator", zh: "指标"},
  "glossary.zone": {en: "warning zone", zh: "预警分区"},

  // The page footer (src/lib/report/pageShell.ts) and the source note (src/lib/report/provenance.ts)
  "site.title": {en: "Customs risk early warning for cross-border e-commerce", zh: "跨境电商商品海关风险预警"},
  "footer.about": {
    en: "A reproducible report on Zhang's BP-network customs risk model · data: Customs Import Declaration Datasets (MIT) · code: Apache-2.0",
    zh: "对 Zhang 的 BP 神经网络海关风险模型的可复现报告 · 数据：Customs Import Declaration Datasets（MIT 许可）· 代码：Apache-2.0 许可"
  },
  "footer.classroomOn": {en: "classroom mode (projector)", zh: "课堂模式（投影）"},
  "footer.classroomOff": {en: "leave classroom mode", zh: "退出课堂模式"},
  "footer.source": {en: "Source: {link}", zh: "源代码：{link}"},
  "footer.noSource": {en: "Source: no public address configured", zh: "源代码：未配置公开地址"},
  "footer.builtFrom": {en: "built from commit {commit}", zh: "构建自提交 {commit}"},
  "footer.howToCite": {en: "how to get and cite it", zh: "如何获取与引用"},
  "sidebar.toggle": {en: "Toggle sidebar", zh: "显示或隐藏侧栏"},
  // Framework's pager at the foot of each page writes these with CSS (layout.css); the header restates them
  "pager.prev": {en: "Previous page", zh: "上一页"},
  "pager.next": {en: "Next page", zh: "下一页"},
  "source.dirty": {en: "{commit} with uncommitted changes", zh: "{commit}（含未提交的修改）"},
  "source.caveatNoGit": {
    en: " This build was made without git, so no commit identifies it.",
    zh: "本次构建未使用 git，因此没有提交可以标识它。"
  },
  "source.caveatDirty": {
    en: " The build had uncommitted changes, so that commit is close to, not exactly, these pages.",
    zh: "构建时有未提交的修改，因此该提交与这些页面接近，但并不完全一致。"
  },
  "source.clone": {en: "`git clone {repository}`{checkout}.{caveat}", zh: "`git clone {repository}`{checkout}。{caveat}"},
  "source.checkout": {en: " and `git checkout {commit}`", zh: "，然后 `git checkout {commit}`"},
  "source.noAddress": {
    en: 'No public address is configured (package.json has no "repository"): ask whoever published these pages for the git repository{checkout}.{caveat}',
    zh: '未配置公开地址（package.json 中没有 "repository"）：请向发布这些页面的人索取 git 仓库{checkout}。{caveat}'
  },
  "source.thenCheckout": {en: ", then `git checkout {commit}`", zh: "，然后 `git checkout {commit}`"},

  // Print notes under a table too long to print (src/components/print.ts); {where} is one of the two after it
  "print.excerpt": {
    en: "Printed: the first {excerpt} rows of this table, which has more than {limit}. All of them are in {where} on the web page.",
    zh: "打印：本表的前 {excerpt} 行（全表超过 {limit} 行）。全部行见网页上的{where}。"
  },
  "print.namedDownload": {en: "the download {file}", zh: "下载文件 {file}"},
  "print.tableDownload": {en: "the table's download", zh: "本表的下载文件"}
} as const satisfies Record<string, Text>;
