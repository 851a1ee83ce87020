/** Texts of the risk index and the early-warning pages (risk, early-warning). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const RISK_TEXTS = {
  // The risk page's controls (src/components/riskControls.ts); option values stay the English identifiers of riskView.ts
  "risk.control.weights": {en: "Weights", zh: "权重"},
  "risk.control.inputs": {en: "Inputs", zh: "输入数据"},
  "risk.control.lower": {en: "Lower standard level", zh: "较低标准水平"},
  "risk.control.upper": {en: "Upper standard level", zh: "较高标准水平"},
  "risk.weights.published": {en: "published (paper)", zh: "论文发表的权重"},
  "risk.weights.textbook": {en: "textbook entropy", zh: "教科书熵权法"},
  "risk.inputs.printed": {en: "paper's printed table", zh: "论文印刷的样本表"},
  "risk.inputs.dataset": {en: "dataset values", zh: "数据集中的数值"},

  // The risk histogram (src/components/riskHistogram.ts), on both pages
  "risk.hist.x": {en: "risk value f", zh: "风险值 f"},
  "risk.hist.y": {en: "samples", zh: "样本数"},
  "risk.hist.zone": {en: "zone", zh: "预警分区"},
  "risk.hist.threshold": {en: "threshold {t}", zh: "阈值 {t}"},
  "risk.hist.aria": {
    en: "Histogram of {n} risk values with the zone thresholds {t1} and {t2}",
    zh: "{n} 个风险值的直方图，预警阈值为 {t1} 与 {t2}"
  },

  // The risk page's model (src/lib/pages/riskView.ts): sample labels and table columns
  "risk.label.standard": {en: "standard {level}", zh: "标准样本 {level}"},
  "risk.label.sample": {en: "sample {n}", zh: "样本 {n}"},
  "risk.col.sample": {en: "sample", zh: "样本"},
  "risk.col.paper": {en: "paper", zh: "论文"},
  "risk.col.ours": {en: "ours", zh: "本报告"},
  "risk.col.printed": {en: "printed", zh: "论文印刷值"},
  "risk.col.publishedWeights": {en: "ours: published w", zh: "本报告：发表权重"},
  "risk.col.authorsInputs": {en: "ours: authors' inputs", zh: "本报告：作者的输入"},
  "risk.col.zone": {en: "zone", zh: "预警分区"},
  "risk.col.interval": {en: "interval", zh: "区间"},

  // Moving the standard levels
  "risk.levels.order": {en: "The lower level must be below the upper level.", zh: "较低标准水平必须低于较高标准水平。"},
  "risk.levels.none": {en: "no defined quantities", zh: "无定义的数量型指标值"},
  "risk.levels.card": {en: "{n} of the paper's {total} samples", zh: "论文 {total} 个样本中的 {n} 个"},
  "risk.levels.quantities": {en: "{lower} (lower) and {upper} (upper)", zh: "{lower}（较低）与 {upper}（较高）"},

  // Scoring the 100 samples
  "risk.hundred.card": {en: "samples in {interval}", zh: "个样本位于 {interval}"},
  "risk.hundred.caption": {
    en: "Risk values of the paper's samples 1–{n} ({weights} weights, {inputs}). Vertical lines: the zone thresholds {t1} and {t2}; {severe}.",
    zh: "论文样本 1–{n} 的风险值（权重：{weights}；输入：{inputs}）。竖线为预警阈值 {t1} 与 {t2}；{severe}。"
  },
  "risk.hundred.noSevere": {en: "no sample reaches the severe zone", zh: "没有样本进入严重预警区"},
  "risk.hundred.severe": {en: "{n} samples reach the severe zone", zh: "{n} 个样本进入严重预警区"},

  // The radar section's pick
  "risk.pick.bad": {
    en: "“{text}” is neither a sample number 1–{n} nor the declaration ID of one of the {n} samples.",
    zh: "“{text}”既不是 1–{n} 的样本编号，也不是这 {n} 个样本中任何一个的申报编号。"
  },
  "risk.pick.badCompare": {
    en: "Compare: “{text}” is neither a sample number 1–{n} nor a sample's declaration ID.",
    zh: "对比：“{text}”既不是 1–{n} 的样本编号，也不是某个样本的申报编号。"
  },
  "risk.pick.label": {en: "Sample {n} ({id})", zh: "样本 {n}（{id}）"},
  "risk.pick.compare": {en: " (filled) and sample {b} (dashed)", zh: "（实心）与样本 {b}（虚线）"},
  "risk.pick.caption": {
    en: "The improved radar chart of sample {a}{compare}: one sector per indicator, its angle proportional to the weight; rings at the standard levels {lo} (dashed) and {hi} (dotted). The thin grey star joins each sector's edge on the unit circle to the sample's point: its area and perimeter are the S and L of the risk value. Hover a sector or point for the indicator, its raw value and x*.",
    zh: "样本 {a}{compare}的改进雷达图：每个指标占一个扇区，扇区角度与其权重成正比；圆环为标准水平 {lo}（虚线）与 {hi}（点线）。细灰色星形把每个扇区在单位圆上的边界与样本的点相连：它的面积与周长就是风险值中的 S 与 L。将鼠标悬停在扇区或点上，可查看指标、原始值与 x*。"
  },

  // The risk page's exercises
  "risk.ex1.question": {
    en: "In “Move the standard levels”, move the lower level from 65 to 70. How many of the paper's 100 samples change zone, and which way?",
    zh: "在“移动标准水平”中，把较低标准水平从 65 调到 70。论文的 100 个样本中有多少个改变了预警分区？朝哪个方向变？"
  },
  "risk.ex1.hint": {
    en: "A higher standard level gives a higher threshold t1: a sample just above the old t1 may now be below it.",
    zh: "标准水平越高，阈值 t1 越高：原来略高于 t1 的样本，现在可能低于它。"
  },
  "risk.ex1.rises": {en: "The lower threshold rises from {a} to {b}. ", zh: "较低阈值从 {a} 升至 {b}。"},
  "risk.ex1.none": {en: "No sample changes zone.", zh: "没有样本改变预警分区。"},
  "risk.ex1.changed.one": {
    en: "{c} of {n} sample change zone ({moves}){list}. ",
    zh: "{n} 个样本中有 {c} 个改变了预警分区（{moves}）{list}。"
  },
  "risk.ex1.changed.other": {
    en: "{c} of {n} samples change zone ({moves}){list}. ",
    zh: "{n} 个样本中有 {c} 个改变了预警分区（{moves}）{list}。"
  },
  "risk.ex1.list.one": {en: ": sample {list}", zh: "：样本 {list}"},
  "risk.ex1.list.other": {en: ": samples {list}", zh: "：样本 {list}"},
  "risk.ex1.move": {en: "{n} from {from} to {to}", zh: "{n} 个从{from}移至{to}"},
  "risk.ex1.lesson": {
    en: "A 5-point change in one standard sample moves {share} of the population: the zones are only as meaningful as the standard levels.",
    zh: "一个标准样本改动 5 分，就移动了{share}样本：预警分区的意义取决于标准水平的设定。"
  },
  "risk.ex1.most": {en: "most", zh: "大部分"},
  "risk.ex1.part": {en: "part", zh: "一部分"},
  "risk.ex2.question": {
    en: "Under “The 100 samples”, switch the weights to textbook entropy. How many samples fall in each zone now, and which indicator carries the most weight?",
    zh: "在“100 个样本”一节中，把权重切换为教科书熵权法。现在每个预警分区各有多少个样本？哪个指标的权重最大？"
  },
  "risk.ex2.count": {en: "{n} {zone}", zh: "{zone} {n} 个"},
  "risk.ex2.answer": {
    en: "{counts} (thresholds {t1} and {t2}). {id} ({name}) gets {w} of the weight, so the risk value mostly follows that one indicator.",
    zh: "{counts}（阈值 {t1} 与 {t2}）。{id}（{name}）的权重为 {w}，因此风险值主要跟随这一个指标变化。"
  },
  "risk.ex3.question": {
    en: "In the radar charts, enter sample 1 and compare it with sample 2 (published weights, printed table). Which has the higher risk value, and in which zone is each?",
    zh: "在雷达图中输入样本 1，并与样本 2 对比（论文发表的权重、论文印刷的样本表）。哪个样本的风险值更高？两者各在哪个预警分区？"
  },
  "risk.ex3.sample": {en: "Sample {n}: {f}, {zone}", zh: "样本 {n}：{f}，{zone}"},
  "risk.ex3.riskier": {en: ". Sample {k} is riskier.", zh: "。样本 {k} 的风险更高。"},

  // The early-warning page's model (src/lib/pages/earlyWarningView.ts)
  "ew.weights.published": {en: "published (paper)", zh: "论文发表的权重"},
  "ew.weights.textbook": {en: "textbook entropy, 954 declarations", zh: "教科书熵权法（954 条申报）"},
  "ew.all": {en: "All", zh: "全部"},
  "ew.filter.all": {en: "all", zh: "全部"},
  "ew.card.unit": {en: " declarations", zh: " 条申报"},
  "ew.card.detail": {en: "fraud rate {rate}{ci}", zh: "瞒骗率 {rate}{ci}"},
  "ew.card.ci": {en: " (95% CI {lo}–{hi})", zh: "（95% 置信区间 {lo}–{hi}）"},
  "ew.hist.caption": {
    en: "Risk values of the {n} e-commerce declarations ({weights} weights). Dashed lines: the zone thresholds {t1} and {t2}; {severe}.",
    zh: "{n} 条跨境电商申报的风险值（权重：{weights}）。虚线为预警阈值 {t1} 与 {t2}；{severe}。"
  },
  "ew.hist.noSevere": {en: "no declaration reaches the severe zone", zh: "没有申报进入严重预警区"},
  "ew.hist.severe": {en: "{n} declarations are severe", zh: "{n} 条申报进入严重预警区"},
  "ew.rate.caption": {
    en: "Observed fraud rate per zone; the dashed line is the rate over all {n} declarations ({rate}). A useful warning would put more fraud in the higher zone.",
    zh: "各预警分区观测到的瞒骗率；虚线为全部 {n} 条申报的瞒骗率（{rate}）。有用的预警应当让较高的分区含有更多瞒骗。"
  },
  "ew.rate.x": {en: "observed fraud rate (95% Wilson interval)", zh: "观测瞒骗率（95% Wilson 区间）"},
  "ew.rate.of": {en: "{rate} of {n}", zh: "{n} 条中 {rate}"},
  "ew.rate.aria": {en: "Observed fraud rate per warning zone with 95% intervals", zh: "各预警分区的观测瞒骗率及其 95% 区间"},
  "ew.verdict.empty": {
    en: "One zone is empty with these weights, so the zones cannot be compared; ROC AUC of the risk value: {auc}.",
    zh: "在这组权重下有一个预警分区没有申报，因此无法比较各分区；风险值的 ROC AUC 为 {auc}。"
  },
  "ew.verdict": {
    en: "With these weights the {safety} zone's fraud rate is {safeRate} and the {general} zone's is {generalRate}: the “safer” zone holds {moreLess} fraud{overlap}. {noSevere}Over all declarations the risk value ranks a fraudulent declaration above a clean one with probability {auc} (ROC AUC; 0.5 is chance). {reading}",
    zh: "在这组权重下，{safety}的瞒骗率为 {safeRate}，{general}为 {generalRate}：“更安全”的分区瞒骗{moreLess}{overlap}。{noSevere}在全部申报中，风险值把一条瞒骗申报排在一条正常申报之前的概率为 {auc}（ROC AUC；0.5 即随机）。{reading}"
  },
  "ew.verdict.safety": {en: "safety", zh: "安全区"},
  "ew.verdict.general": {en: "general", zh: "一般预警区"},
  "ew.verdict.more": {en: "more", zh: "反而更多"},
  "ew.verdict.less": {en: "less", zh: "更少"},
  "ew.verdict.overlap": {en: " (the 95% intervals overlap)", zh: "（两者的 95% 区间重叠）"},
  "ew.verdict.apart": {en: ", and the 95% intervals do not overlap", zh: "，且两者的 95% 区间不重叠"},
  "ew.verdict.noSevere": {en: "No declaration is severe. ", zh: "没有申报进入严重预警区。"},
  "ew.verdict.works": {
    en: "As a first look, the general zone does hold more fraud than the safety zone.",
    zh: "初步看来，一般预警区的瞒骗确实多于安全区。"
  },
  "ew.verdict.fails": {
    en: "As a first look, the zones do not separate fraud from clean declarations in this dataset: the risk value measures how the 17 indicators score, and neither the scores nor the weights were fitted to inspection outcomes.",
    zh: "初步看来，在这个数据集中预警分区不能把瞒骗申报与正常申报区分开：风险值衡量的是 17 个指标的评分，而评分与权重都不是依据查验结果拟合的。"
  },
  "ew.source.expert": {en: "expert", zh: "专家评分"},
  "ew.source.ridge": {en: "ridge", zh: "岭回归"},

  // The early-warning tables' columns (keys of RateRow and ShownRow; downloads keep the English keys)
  "ew.col.zone": {en: "zone", zh: "预警分区"},
  "ew.col.declarations": {en: "declarations", zh: "申报数"},
  "ew.col.frauds": {en: "frauds", zh: "瞒骗数"},
  "ew.col.fraudRate": {en: "fraud rate", zh: "瞒骗率"},
  "ew.col.ciLow": {en: "95% CI low", zh: "95% 置信区间下限"},
  "ew.col.ciHigh": {en: "95% CI high", zh: "95% 置信区间上限"},
  "ew.col.sample": {en: "sample", zh: "样本"},
  "ew.col.declaration": {en: "declaration", zh: "申报编号"},
  "ew.col.date": {en: "date", zh: "日期"},
  "ew.col.office": {en: "office", zh: "海关关区"},
  "ew.col.departure": {en: "departure", zh: "启运国"},
  "ew.col.hs6": {en: "hs6", zh: "HS6 编码"},
  "ew.col.risk": {en: "risk", zh: "风险值"},
  "ew.col.fraud": {en: "fraud", zh: "瞒骗"},
  "ew.col.scores": {en: "scores", zh: "评分来源"},

  // The early-warning exercises
  "ew.ex1.question": {
    en: "With the published weights, what is the fraud rate in the safety zone and in the general zone? Is the “safer” zone safer?",
    zh: "使用论文发表的权重时，安全区与一般预警区的瞒骗率各是多少？“更安全”的分区真的更安全吗？"
  },
  "ew.ex1.hint": {
    en: "Read the table under “Do the zones catch fraud?”, and compare the 95% intervals, not only the rates.",
    zh: "阅读“预警分区能发现瞒骗吗？”下的表格，比较 95% 区间，而不只是比较瞒骗率。"
  },
  "ew.ex1.answer": {
    en: "Safety: {safe}; general: {general}. {safer}. Over all declarations the rate is {all}; the ROC AUC of the risk value is {auc} (0.5 is chance).",
    zh: "安全区：{safe}；一般预警区：{general}。{safer}。全部申报的瞒骗率为 {all}；风险值的 ROC AUC 为 {auc}（0.5 即随机）。"
  },
  "ew.ex1.safer": {en: "The safety zone does hold less fraud", zh: "安全区的瞒骗确实更少"},
  "ew.ex1.notSafer": {en: "The “safer” zone holds more fraud, not less", zh: "“更安全”的分区瞒骗反而更多"},
  "ew.ex1.none": {en: "no declarations", zh: "无申报"},
  "ew.ex1.rate": {en: "{rate} ({k} of {n})", zh: "{rate}（{n} 条中 {k} 条）"},
  "ew.ex2.question": {
    en: "Switch the weights to textbook entropy. How many of the declarations change zone, and does the ROC AUC get better?",
    zh: "把权重切换为教科书熵权法。有多少条申报改变了预警分区？ROC AUC 是否提高？"
  },
  "ew.ex2.answer": {
    en: "{moves} of {n} declarations change zone (the thresholds move to {t1} and {t2}). The ROC AUC goes from {a} to {b}: {better}, {tail}.",
    zh: "{n} 条申报中有 {moves} 条改变了预警分区（阈值变为 {t1} 与 {t2}）。ROC AUC 从 {a} 变为 {b}：{better}，{tail}。"
  },
  "ew.ex2.better": {en: "better", zh: "有所提高"},
  "ew.ex2.notBetter": {en: "not better", zh: "没有提高"},
  "ew.ex2.chance": {en: "and still close to chance", zh: "且仍接近随机"},
  "ew.ex2.notFitted": {en: "but neither set of weights was fitted to fraud", zh: "但两组权重都不是针对瞒骗拟合的"},
  "ew.ex3.question": {
    en: "Back on the published weights, under “Find declarations” set Zone to general and Customs office to {office}, the office with the most e-commerce declarations. How many declarations match, and how many were found fraudulent? Compare with the whole general zone.",
    zh: "切换回论文发表的权重，在“查找申报”中把预警分区设为一般预警区、海关关区设为 {office}（跨境电商申报最多的关区）。有多少条申报符合条件？其中多少条被查出瞒骗？与整个一般预警区比较。"
  },
  "ew.ex3.share": {en: "{k} of {n}, {rate}", zh: "{n} 条中 {k} 条，{rate}"},
  "ew.ex3.answer": {
    en: "{k} declarations match; fraudulent: {share}. In the whole general zone: {all}.",
    zh: "符合条件的申报 {k} 条；瞒骗：{share}。整个一般预警区：{all}。"
  }
} as const satisfies Record<string, Text>;
