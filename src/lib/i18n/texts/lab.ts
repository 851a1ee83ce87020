/** Texts of the BP training lab and the inspection planner (training, planner). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const LAB_TEXTS = {
  // The inspection planner's populations (src/lib/pages/plannerView.ts): a name alone, and after a number
  "plan.pop.all": {en: "all test declarations", zh: "全部测试申报"},
  "plan.pop.novel": {en: "novel declarations", zh: "新申报"},
  "plan.pop.ecommerce": {en: "e-commerce declarations", zh: "跨境电商申报"},
  "plan.noun.all": {en: "test declarations", zh: "条测试申报"},
  "plan.noun.novel": {en: "novel declarations", zh: "条新申报"},
  "plan.noun.ecommerce": {en: "e-commerce test declarations", zh: "条跨境电商测试申报"},
  "plan.popLabel": {en: "{n} {pop}", zh: "{pop}（{n} 条）"},
  // The rankings of /validation by name (the build data carries their English labels only)
  "plan.rank.random": {en: "Random", zh: "随机查验"},
  "plan.rank.lookupPrice": {en: "Exact-value lookup: Item Price", zh: "精确值查表：完税价格"},
  "plan.rank.lookupHs6Price": {en: "Exact-value lookup: (HS6 code, Item Price)", zh: "精确值查表：（HS6 编码，完税价格）"},
  "plan.rank.gbdt": {en: "Gradient-boosted trees (ours)", zh: "梯度提升树（本报告）"},
  "plan.rank.revenueAware": {en: "Revenue-aware: GBDT probability × duty", zh: "兼顾税收：GBDT 概率 × 税款"},
  "plan.rank.gbdtLabelEncoded": {en: "Gradient-boosted trees, authors' encoding", zh: "梯度提升树（数据集作者的编码方式）"},
  "plan.rank.gbdtNovel": {en: "Gradient-boosted trees for new declarations", zh: "面向新申报的梯度提升树"},
  "plan.rank.gbdtRouted": {en: "Gradient-boosted trees, routed by novelty", zh: "按是否新申报分流的梯度提升树"},
  "plan.rank.bpNetwork": {en: "BP network, fraud labels (tfjs)", zh: "BP神经网络（瞒骗标签，tfjs）"},
  "plan.rank.logistic": {en: "Logistic regression (ours)", zh: "逻辑回归（本报告）"},
  "plan.rank.indexPaper": {
    en: "Paper's index (expert/ridge scores, published weights)",
    zh: "论文风险指数（专家/岭回归评分，论文发表权重）"
  },
  "plan.rank.indexPaperTextbook": {
    en: "Paper's index (expert/ridge scores, textbook weights)",
    zh: "论文风险指数（专家/岭回归评分，教科书权重）"
  },
  "plan.rank.indexDataDriven": {
    en: "Paper's index (data-driven scores, published weights)",
    zh: "论文风险指数（数据驱动评分，论文发表权重）"
  },
  "plan.rank.indexDataDrivenTextbook": {
    en: "Paper's index (data-driven scores, textbook weights)",
    zh: "论文风险指数（数据驱动评分，教科书权重）"
  },
  "plan.rank.gbdtAll": {en: "Gradient-boosted trees, trained on all", zh: "梯度提升树（以全部申报训练）"},
  "plan.rank.bpNetworkAll": {en: "BP network, trained on all", zh: "BP神经网络（以全部申报训练）"},
  "plan.rank.lookupPriceAll": {en: "Exact-value lookup: Item Price, all training months", zh: "精确值查表：完税价格（全部训练月份）"},
  "plan.note.baseline": {en: " — the floor: inspect at random", zh: " —— 底线：随机查验"},
  "plan.note.yardstick": {
    en: " — what the synthetic data reward (copied labels), not a usable method",
    zh: " —— 合成数据所奖励的（被复制的标签），并非可用的方法"
  },
  // The plan in words (planSentence)
  "plan.iv": {en: " (95% interval {lo}–{hi})", zh: "（95% 区间 {lo}–{hi}）"},
  "plan.buys": {
    en: "inspecting {rate} of the {n} {noun} ({k} inspections) finds {frauds} of their {total} frauds{iv} and recovers {duty} of duty ({dutyShare} of the duty at stake in their frauds), a net return of {net}",
    zh: "查验 {n} {noun}中的 {rate}（{k} 次查验），可发现其 {total} 起瞒骗中的 {frauds} 起{iv}，追缴税款 {duty}（占其瞒骗涉及税款的 {dutyShare}），净收益 {net}"
  },
  "plan.head": {
    en: "With {ranking} at {cost} an inspection{collected}, {buys}",
    zh: "采用“{ranking}”、每次查验成本 {cost}{collected}时，{buys}"
  },
  "plan.collected": {en: " and {share} of detected duty collected", zh: "、实际收缴已查出税款的 {share}"},
  "plan.tail": {
    en: "; on the {n} {noun}{novelNote} the same rate buys {k} inspections, {frauds} of {total} frauds and a net return of {net}",
    zh: "；在 {n} {noun}{novelNote}上，同一查验率对应 {k} 次查验，发现 {total} 起瞒骗中的 {frauds} 起，净收益 {net}"
  },
  "plan.novelNote": {en: " (an exact Item Price never seen in the training months)", zh: "（完税价格在训练期从未出现）"},
  "plan.tailEcommerce": {
    en: "; the e-commerce declarations with an unseen price are too few to plan apart",
    zh: "；完税价格未曾出现的跨境电商申报太少，无法单独规划"
  },
  "plan.sentence": {en: "{head}{tail}.", zh: "{head}{tail}。"},
  // The cards (src/components/plannerCharts.ts)
  "plan.card.inspected": {en: "Inspections", zh: "查验次数"},
  "plan.card.inspectedLine": {en: "{rate} of the {pop}", zh: "占{pop}的 {rate}"},
  "plan.card.frauds": {en: "Frauds found", zh: "发现瞒骗"},
  "plan.card.interval": {en: "95% interval {lo} – {hi}", zh: "95% 区间 {lo} – {hi}"},
  "plan.card.share": {en: "Share of all frauds", zh: "占全部瞒骗的比例"},
  "plan.card.shareLine": {en: "of {total} frauds; {hit} of inspections find one", zh: "共 {total} 起瞒骗；命中率 {hit}"},
  "plan.card.duty": {en: "Duty recovered", zh: "追缴税款"},
  "plan.card.dutyLine": {en: "{share} of the duty at stake in frauds", zh: "占瞒骗涉及税款的 {share}"},
  "plan.card.cost": {en: "Cost", zh: "查验成本"},
  "plan.card.costLine": {en: "{cost} × {n} inspections", zh: "{cost} × {n} 次查验"},
  "plan.card.net": {en: "Net return", zh: "净收益"},
  "plan.card.breakEven": {en: "breaks even at {cost} an inspection", zh: "盈亏平衡点：每次查验 {cost}"},
  "plan.card.best": {en: "best rate of the grid: {rate} ({net})", zh: "网格中的最佳查验率：{rate}（{net}）"},
  "plan.card.noneP": {
    en: "no rate of the grid pays; the least loss: {rate} ({net})",
    zh: "网格中没有能盈利的查验率；亏损最小：{rate}（{net}）"
  },
  // The chart
  "plan.chart.x": {en: "Inspection rate (% of declarations, highest risk first)", zh: "查验率（占申报的百分比，风险最高者优先）"},
  "plan.chart.yFrauds": {en: "Frauds found (% of the population's frauds)", zh: "发现的瞒骗（占该范围全部瞒骗的百分比）"},
  "plan.chart.tipFrauds": {
    en: "{series}\n{rate}: {n} inspections, {frauds} frauds ({share})",
    zh: "{series}\n{rate}：{n} 次查验，{frauds} 起瞒骗（{share}）"
  },
  "plan.chart.ariaFrauds": {en: "Frauds found against the inspection rate: {list}", zh: "发现的瞒骗与查验率：{list}"},
  "plan.chart.ariaFraudsItem": {en: "{series}: {share} of frauds at {rate}", zh: "{series}：查验率 {rate} 时发现 {share} 的瞒骗"},
  "plan.chart.yNet": {en: "Net return (million KRW)", zh: "净收益（百万韩元）"},
  "plan.chart.best": {en: "best {rate}", zh: "最佳 {rate}"},
  "plan.chart.tipNet": {en: "{series}\n{rate}: net {net}", zh: "{series}\n{rate}：净收益 {net}"},
  "plan.chart.ariaNet": {en: "Net return against the inspection rate: {list}", zh: "净收益与查验率：{list}"},
  "plan.chart.ariaNetItem": {en: "{series}: best at {rate}, {net}", zh: "{series}：最佳查验率 {rate}，{net}"},
  "plan.chart.sep": {en: "; ", zh: "；"},
  // The controls (src/components/plannerControls.ts)
  "plan.ctl.population": {en: "Declarations", zh: "申报范围"},
  "plan.ctl.ranking": {en: "Ranking", zh: "排序方法"},
  "plan.ctl.compare": {en: "Compare with", zh: "对比"},
  "plan.ctl.none": {en: "none", zh: "无"},
  "plan.ctl.mode": {en: "Budget as", zh: "预算方式"},
  "plan.ctl.modeRate": {en: "a share of declarations", zh: "按申报比例"},
  "plan.ctl.modeCount": {en: "a number of inspections", zh: "按查验次数"},
  "plan.ctl.rate": {en: "Inspection rate (%)", zh: "查验率（%）"},
  "plan.ctl.slider": {en: "Inspection rate (%), slider", zh: "查验率（%），滑块"},
  "plan.ctl.count": {en: "Inspections", zh: "查验次数"},
  "plan.ctl.countNote": {en: "Only {n} declarations here: all are inspected.", zh: "此范围只有 {n} 条申报：全部查验。"},
  "plan.ctl.cost": {en: "Cost per inspection (KRW)", zh: "每次查验成本（韩元）"},
  "plan.ctl.share": {en: "Recovery share (0–1)", zh: "收缴比例（0–1）"},
  "plan.costNote": {
    en: "An assumption, not data: {cost} unless you enter your own.",
    zh: "这是假设而非数据：除非您另行输入，否则按 {cost} 计。"
  },
  // The controls' messages (src/lib/pages/plannerState.ts)
  "plan.field.rate": {en: "Inspection rate", zh: "查验率"},
  "plan.field.count": {en: "Inspections", zh: "查验次数"},
  "plan.field.cost": {en: "Cost per inspection", zh: "每次查验成本"},
  "plan.field.share": {en: "Recovery share", zh: "收缴比例"},
  "plan.err.empty": {en: "{what}: enter a number.", zh: "{what}：请输入一个数。"},
  "plan.err.nan": {en: "{what}: “{text}” is not a number.", zh: "{what}：“{text}”不是数字。"},
  "plan.err.large": {en: "{what}: the number is too large.", zh: "{what}：数字过大。"},
  "plan.err.rate": {
    en: "Inspection rate: {value}% is not above 0% and at most 100%.",
    zh: "查验率：{value}% 不在大于 0%、不超过 100% 的范围内。"
  },
  "plan.err.count": {en: "Inspections: {value} is not a whole number of 1 or more.", zh: "查验次数：{value} 不是大于或等于 1 的整数。"},
  "plan.err.cost": {
    en: "Cost per inspection: {value} is negative; enter 0 KRW or more.",
    zh: "每次查验成本：{value} 是负数；请输入 0 韩元或以上。"
  },
  "plan.err.share": {
    en: "Recovery share: {text} is not between 0 and 1 (0% and 100%).",
    zh: "收缴比例：{text} 不在 0 与 1（0% 与 100%）之间。"
  },
  "plan.err.notEvaluated": {
    en: "{label} is not evaluated on this population: showing {fallback}.",
    zh: "“{label}”未在此申报范围上评估：改为显示“{fallback}”。"
  },
  "plan.err.unknownRanking": {
    en: "The address names a ranking “{name}” this page does not know: showing {fallback}.",
    zh: "网址中的排序方法“{name}”本页不认识：改为显示“{fallback}”。"
  },
  "plan.err.choice": {
    en: "The address gives {key} “{value}”, which is not one of {options}: showing {shown}.",
    zh: "网址中的 {key}“{value}”不是 {options} 之一：改为显示 {shown}。"
  },
  // The table at the standard rates: its columns as shown (the downloads keep the English names)
  "plan.col.population": {en: "population", zh: "申报范围"},
  "plan.col.rate": {en: "rate", zh: "查验率（%）"},
  "plan.col.inspected": {en: "inspected", zh: "查验次数"},
  "plan.col.frauds": {en: "frauds", zh: "发现瞒骗"},
  "plan.col.fraudsLow": {en: "frauds 95% low", zh: "瞒骗 95% 下限"},
  "plan.col.fraudsHigh": {en: "frauds 95% high", zh: "瞒骗 95% 上限"},
  "plan.col.fraudShare": {en: "share of frauds", zh: "瞒骗占比"},
  "plan.col.duty": {en: "duty recovered (KRW)", zh: "追缴税款（韩元）"},
  "plan.col.dutyShare": {en: "share of duty", zh: "税款占比"},
  "plan.col.cost": {en: "cost (KRW)", zh: "成本（韩元）"},
  "plan.col.net": {en: "net (KRW)", zh: "净收益（韩元）"},
  // The exercises (plannerExercises)
  "plan.ex1.q": {
    en: "Choose random inspection at {cost} an inspection. Which rate gives the best net return, and why?",
    zh: "选择随机查验，每次查验成本 {cost}。哪个查验率的净收益最高？为什么？"
  },
  "plan.ex1.hint": {
    en: "Look at the net-return panel: where does the random line peak?",
    zh: "看净收益图：随机查验的曲线在哪里达到最高点？"
  },
  "plan.ex1.pays": {en: "{rate}, netting {net}", zh: "{rate}，净收益 {net}"},
  "plan.ex1.none": {
    en: "None pays: every rate loses money, the least at {rate} ({net})",
    zh: "没有能盈利的查验率：每个查验率都亏损，亏损最小的是 {rate}（{net}）"
  },
  "plan.ex1.a": {
    en: "{verdict}. Inspecting at random finds frauds at the base rate, so an inspection recovers on average the duty at stake in frauds per declaration, {per}, {cmp} than it costs.",
    zh: "{verdict}。随机查验发现瞒骗的比例等于总体瞒骗率，因此每次查验平均追缴的税款就是每条申报平均的瞒骗涉及税款 {per}，{cmp}查验成本。"
  },
  "plan.ex1.more": {en: "more", zh: "高于"},
  "plan.ex1.less": {en: "less", zh: "低于"},
  "plan.ex2.q": {
    en: "With {ranking} at {rate}, how many frauds are found on the novel declarations, and how many does random inspection find there?",
    zh: "采用“{ranking}”、查验率 {rate} 时，在新申报上能发现多少起瞒骗？随机查验在新申报上又能发现多少起？"
  },
  "plan.ex2.a": {
    en: "{frauds} of {total}{iv} against {random} at random, with {k} inspections.",
    zh: "{total} 起中发现 {frauds} 起{iv}，随机查验为 {random} 起，均为 {k} 次查验。"
  },
  "plan.ex3.q": {
    en: "Still at {rate} on all declarations with {ranking}: above what cost per inspection does the plan lose money?",
    zh: "仍在全部申报上采用“{ranking}”、查验率 {rate}：每次查验成本高于多少时，该方案会亏损？"
  },
  "plan.ex3.a": {
    en: "{cost}: the duty recovered ({duty}) divided by the {k} inspections.",
    zh: "{cost}：追缴税款（{duty}）除以 {k} 次查验。"
  }
} as const satisfies Record<string, Text>;
